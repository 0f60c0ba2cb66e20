import { hrefFor } from '../config/routes.ts';

/** The way back to an assessment's task list, above or below a page of it. */
export function BackToTaskList({ assessmentId, id }: { assessmentId: string; id?: string }) {
  return (
    <p>
      <a className="back-link" id={id} href={hrefFor({ name: 'tasks', assessmentId })}>
        Back to the task list
      </a>
    </p>
  );
}
