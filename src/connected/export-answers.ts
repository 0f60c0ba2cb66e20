import type { Assessment } from '../storage/assessment.ts';
import { answersFileName, serializeAnswersFile } from '../storage/answers-file.ts';
import { flushSaves } from '../state/assessment-repository.ts';
import { downloadFile } from '../components/download-file.ts';

/** Downloads the assessment as a versioned answers file. */
export function exportAnswers(assessment: Assessment): void {
  flushSaves();
  const now = new Date();
  downloadFile(answersFileName(assessment, now), serializeAnswersFile(assessment, now), 'application/json');
}
