import type { Question, Questionnaire } from '../../questionnaire/model.ts';
import { describeCondition } from '../../questionnaire/describe-condition.ts';
import { useQuestionnaire } from '../../state/use-questionnaire.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { hrefFor } from '../../config/routes.ts';
import { BlankQuestionnaireDownload } from '../../components/blank-questionnaire-download.tsx';

const KIND_LABEL: Record<Question['presentation'], string> = {
  single: 'Choose one',
  multiple: 'Choose all that apply',
  scale: 'Scale',
  'yes-no': 'Yes / no',
  text: 'Free text',
};

function QuestionPreview({ question, questionnaire }: { question: Question; questionnaire: Questionnaire }) {
  // A yes-no question may offer "Partly" too: name the options it really has.
  const kind =
    question.presentation === 'scale' && question.scaleLabel
      ? `Scale: ${question.scaleLabel}`
      : question.presentation === 'yes-no'
        ? question.options.map((option) => option.label).join(' / ')
        : KIND_LABEL[question.presentation];
  return (
    <li className="preview-question">
      <h3 className="question-heading">
        <span className="question-number">{question.number}</span> {question.text}
      </h3>
      <ul className="tags" aria-label="About this question">
        <li>{kind}</li>
        <li>{question.required ? 'Required' : 'Optional'}</li>
        {question.scored ? <li>Weight {question.weight}</li> : <li>Not scored</li>}
        {question.mustHave && (
          <li className="tag-critical">
            Must-have ({question.mustHave.name}): at least “{question.options.find((o) => o.value === question.mustHave?.minimum)?.label}”
          </li>
        )}
        {question.critical && (
          <li className="tag-critical">
            Blocks launch below “{question.options.find((o) => o.value === question.critical?.minimum)?.label}”
          </li>
        )}
        {question.notApplicable && <li>“Not applicable” allowed, with a reason</li>}
        {question.evidence === 'required' && <li>Evidence required</li>}
      </ul>
      {question.visibleWhen && (
        <p className="condition">Conditional: shown only when {describeCondition(questionnaire, question.visibleWhen)}.</p>
      )}
      {question.help && (
        <details>
          <summary>Help with this question</summary>
          <p>
            <RichText source={question.help} />
          </p>
        </details>
      )}
      {question.options.length > 0 && (
        <ul className="option-list" aria-label={`Answers to question ${question.number}`}>
          {question.options.map((option) => (
            <li key={option.value}>
              {option.label}
              {question.scored && (
                <span className="muted">
                  {' '}
                  — {option.score} of {question.maxScore} points
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function PreviewPage({ questionnaireId, version }: { questionnaireId: string; version?: string }) {
  const state = useQuestionnaire(questionnaireId, version);
  if (state.status === 'loading') return <p role="status">Loading the questionnaire…</p>;
  if (state.status === 'missing' || state.status === 'error') {
    return (
      <>
        <PageHeading title="Questionnaire not found" />
        <p>
          {state.status === 'missing' ? `There is no questionnaire “${questionnaireId}”.` : state.message}{' '}
          <a href={hrefFor({ name: 'home' })}>See all questionnaires</a>.
        </p>
      </>
    );
  }
  const { questionnaire } = state;
  return (
    <>
      <p>
        <a className="back-link" href={hrefFor({ name: 'home' })}>
          All questionnaires
        </a>
      </p>
      <PageHeading title={questionnaire.title} caption={`Preview · version ${questionnaire.version}`} />
      <p className="lead">{questionnaire.description}</p>
      <dl className="facts">
        <div>
          <dt>For</dt>
          <dd>{questionnaire.audience}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>about {questionnaire.estimatedMinutes} minutes</dd>
        </div>
        <div>
          <dt>Identifier</dt>
          <dd>
            <code>
              {questionnaire.id}@{questionnaire.version}
            </code>
          </dd>
        </div>
      </dl>
      <p className="actions">
        <a className="button" href={hrefFor({ name: 'start', questionnaireId: questionnaire.id, version })}>
          Start an assessment<span className="visually-hidden"> with {questionnaire.title}</span>
        </a>
      </p>
      <section aria-labelledby="on-paper-heading">
        <h2 id="on-paper-heading">On paper</h2>
        <p>For a workshop or for someone without this app: every question with boxes to tick and room for notes, to fill in by hand.</p>
        <BlankQuestionnaireDownload questionnaire={questionnaire} idPrefix="preview" />
      </section>
      <h2>Score bands</h2>
      <ul className="band-list">
        {questionnaire.bands.map((band) => (
          <li key={band.label}>
            <strong>{band.label}</strong> ({band.from}–{band.to}): {band.meaning}
          </li>
        ))}
      </ul>
      <nav aria-label="Sections of this questionnaire">
        <h2>Sections</h2>
        <ol>
          {questionnaire.sections.map((section) => (
            <li key={section.id}>
              <a
                href={`#section-${section.id}`}
                onClick={(event) => {
                  // Hash links would change the route; scroll to the section instead.
                  event.preventDefault();
                  document.getElementById(`section-${section.id}`)?.scrollIntoView();
                }}
              >
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {questionnaire.sections.map((section) => (
        <section key={section.id} id={`section-${section.id}`} aria-labelledby={`heading-${section.id}`} className="preview-section">
          <h2 id={`heading-${section.id}`}>
            {section.number}. {section.title}
          </h2>
          {section.visibleWhen && (
            <p className="condition">Conditional section: shown only when {describeCondition(questionnaire, section.visibleWhen)}.</p>
          )}
          {section.weight === 0 && <p className="muted">This section gives context and is not scored.</p>}
          {section.intro && (
            <p>
              <RichText source={section.intro} />
            </p>
          )}
          <ol className="plain-list">
            {section.questions.map((question) => (
              <QuestionPreview key={question.id} question={question} questionnaire={questionnaire} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
