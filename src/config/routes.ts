/** Every place in the app, as data. Hash routing keeps the app a static bundle. */
export type Route =
  | { name: 'home' }
  /** `version` picks one of several versions of a questionnaire the person loaded; without it, the newest. */
  | { name: 'preview'; questionnaireId: string; version?: string }
  | { name: 'start'; questionnaireId: string; version?: string }
  | { name: 'tasks'; assessmentId: string }
  | { name: 'context'; assessmentId: string }
  /** `page` is 1-based, for long sections (section-pages.ts); `questionId` puts the person on one question. */
  /** `returnTo: 'check'` marks a "Change" from Check your answers: saving goes back there. */
  | { name: 'section'; assessmentId: string; sectionId: string; questionId?: string; page?: number; returnTo?: 'check' }
  | { name: 'check'; assessmentId: string }
  | { name: 'results'; assessmentId: string }
  /** One question per screen for a room (a projector); no place is the start screen, `finished` the end. */
  | { name: 'workshop'; assessmentId: string; sectionId?: string; questionId?: string; finished?: true }
  /** The presenter's second window: follows the workshop screen of the same assessment. */
  | { name: 'presenter'; assessmentId: string }
  /** This assessment's rounds (earlier and later) side by side. */
  | { name: 'rounds'; assessmentId: string }
  | { name: 'open-report' }
  /** Compare several people's answers to one questionnaire. */
  | { name: 'compare' }
  | { name: 'not-found'; path: string };

export type AssessmentRoute = Extract<Route, { assessmentId: string }>;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { name: 'not-found', path };
  }
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (first === 'questionnaires' && second && parts.length === 2) return { name: 'preview', questionnaireId: second };
  if (first === 'start' && second && parts.length === 2) return { name: 'start', questionnaireId: second };
  if ((first === 'questionnaires' || first === 'start') && second && third && parts.length === 3) {
    return { name: first === 'start' ? 'start' : 'preview', questionnaireId: second, version: third };
  }
  if (first === 'open-report' && parts.length === 1) return { name: 'open-report' };
  if (first === 'compare' && parts.length === 1) return { name: 'compare' };
  if (first === 'assessments' && second) {
    if (parts.length === 2) return { name: 'tasks', assessmentId: second };
    if (parts.length === 3 && third === 'context') return { name: 'context', assessmentId: second };
    if (parts.length === 3 && third === 'check') return { name: 'check', assessmentId: second };
    if (parts.length === 3 && third === 'results') return { name: 'results', assessmentId: second };
    if (third === 'workshop') {
      if (parts.length === 3) return { name: 'workshop', assessmentId: second };
      if (parts.length === 4 && fourth === 'finished') return { name: 'workshop', assessmentId: second, finished: true };
      if (parts.length === 4 && fourth === 'presenter') return { name: 'presenter', assessmentId: second };
      if (parts.length === 5 && fourth && parts[4])
        return { name: 'workshop', assessmentId: second, sectionId: fourth, questionId: parts[4] };
    }
    if (parts.length === 3 && third === 'rounds') return { name: 'rounds', assessmentId: second };
    if (parts.length === 4 && third === 'sections' && fourth) {
      return { name: 'section', assessmentId: second, sectionId: fourth };
    }
    if (parts.length === 6 && third === 'sections' && fourth && parts[4] === 'questions' && parts[5]) {
      return { name: 'section', assessmentId: second, sectionId: fourth, questionId: parts[5] };
    }
    if (parts.length === 7 && third === 'sections' && fourth && parts[4] === 'questions' && parts[5] && parts[6] === 'from-check') {
      return { name: 'section', assessmentId: second, sectionId: fourth, questionId: parts[5], returnTo: 'check' };
    }
    if (parts.length === 6 && third === 'sections' && fourth && parts[4] === 'pages' && /^[1-9]\d{0,3}$/.test(parts[5] ?? '')) {
      return { name: 'section', assessmentId: second, sectionId: fourth, page: Number(parts[5]) };
    }
  }
  return { name: 'not-found', path };
}

export function hrefFor(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'home':
      return '#/';
    case 'preview':
      return `#/questionnaires/${e(route.questionnaireId)}${route.version ? `/${e(route.version)}` : ''}`;
    case 'start':
      return `#/start/${e(route.questionnaireId)}${route.version ? `/${e(route.version)}` : ''}`;
    case 'tasks':
      return `#/assessments/${e(route.assessmentId)}`;
    case 'context':
      return `#/assessments/${e(route.assessmentId)}/context`;
    case 'section':
      return `#/assessments/${e(route.assessmentId)}/sections/${e(route.sectionId)}${
        route.questionId
          ? `/questions/${e(route.questionId)}${route.returnTo === 'check' ? '/from-check' : ''}`
          : route.page && route.page > 1
            ? `/pages/${route.page}`
            : ''
      }`;
    case 'check':
      return `#/assessments/${e(route.assessmentId)}/check`;
    case 'results':
      return `#/assessments/${e(route.assessmentId)}/results`;
    case 'workshop':
      return `#/assessments/${e(route.assessmentId)}/workshop${
        route.finished ? '/finished' : route.sectionId && route.questionId ? `/${e(route.sectionId)}/${e(route.questionId)}` : ''
      }`;
    case 'presenter':
      return `#/assessments/${e(route.assessmentId)}/workshop/presenter`;
    case 'rounds':
      return `#/assessments/${e(route.assessmentId)}/rounds`;
    case 'open-report':
      return '#/open-report';
    case 'compare':
      return '#/compare';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** Moves to a route; a new history entry, so back and forward behave. */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
