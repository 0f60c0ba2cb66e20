import { useState } from 'react';
import { bundledCatalogue } from '../../questionnaire/bundled-questionnaires.ts';
import { hrefFor } from '../../config/routes.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageWarning } from '../../connected/storage-warning.tsx';
import { MyAssessments } from './my-assessments.tsx';
import { ImportAnswers } from './import-answers.tsx';
import { MyQuestionnaires } from './my-questionnaires.tsx';
import { CopyDownload } from './questionnaire-downloads.tsx';

export function HomePage() {
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((current) => current + 1);
  return (
    <>
      <PageHeading title="Assess the ethics of what you are about to launch" />
      <p className="lead">
        Oversight walks your team through an ethics and oversight checklist, scores where you stand and produces a report a reviewer can
        file. It runs entirely in this browser: no account, no server, nothing you type leaves this device.
      </p>
      <StorageWarning />
      <MyAssessments version={version} onChanged={changed} />
      <h2>Start a new assessment</h2>
      <ul className="card-list" aria-label="Questionnaires">
        {bundledCatalogue.map((summary) => (
          <li key={summary.id} className="card">
            <h3 className="card-title">{summary.title}</h3>
            <p>{summary.description}</p>
            <dl className="facts">
              <div>
                <dt>Questions</dt>
                <dd>
                  {summary.questionCount} in {summary.sectionCount} sections
                </dd>
              </div>
              <div>
                <dt>Time</dt>
                <dd>about {summary.estimatedMinutes} minutes</dd>
              </div>
              <div>
                <dt>Version</dt>
                <dd>{summary.version}</dd>
              </div>
              <div>
                <dt>For</dt>
                <dd>{summary.audience}</dd>
              </div>
            </dl>
            <p className="actions">
              <a className="button" href={hrefFor({ name: 'start', questionnaireId: summary.id })}>
                Start an assessment<span className="visually-hidden"> with {summary.title}</span>
              </a>
              <a href={hrefFor({ name: 'preview', questionnaireId: summary.id })}>
                Preview<span className="visually-hidden"> {summary.title}</span>
              </a>
              <CopyDownload id={summary.id} title={summary.title} />
            </p>
          </li>
        ))}
      </ul>
      <MyQuestionnaires version={version} onChanged={changed} />
      <ImportAnswers onImported={changed} />
      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare answers</h2>
        <p>Several people answered the same questionnaire? See side by side where they agree and where they do not, before you meet.</p>
        <p>
          <a href={hrefFor({ name: 'compare' })}>Compare answers from several people</a>
        </p>
      </section>
    </>
  );
}
