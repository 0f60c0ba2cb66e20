import type { QuestionnaireMigration } from '../storage/assessment.ts';

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** What changed when an assessment moved to a newer version of its questionnaire. */
export function MigrationNotice({ migration, onAcknowledge }: { migration: QuestionnaireMigration; onAcknowledge: () => void }) {
  return (
    <section className="notice-panel" aria-labelledby="migration-heading">
      <h2 id="migration-heading">
        This assessment now uses version {migration.toVersion} of the questionnaire (it was started on {migration.fromVersion})
      </h2>
      <p>Every answer to a question that still exists was kept. Review the changes below; the score now follows the new version.</p>
      <List title="What changed in the questionnaire" items={migration.changes} />
      <List title="Answers that could not be kept" items={migration.dropped} />
      {Object.keys(migration.keptAside).length > 0 && (
        <p>
          The answers as they were before are not deleted: they stay in this assessment&apos;s record, and in the file Export answers makes.
        </p>
      )}
      <List title={`New questions to answer (${migration.newQuestions.length})`} items={migration.newQuestions} />
      <p>
        <button type="button" className="button button-secondary" onClick={onAcknowledge}>
          I have read this
        </button>
      </p>
    </section>
  );
}
