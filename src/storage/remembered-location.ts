import { hrefFor, parseRoute, type AssessmentRoute, type Route } from '../config/routes.ts';

function isAssessmentRoute(route: Route): route is AssessmentRoute {
  return 'assessmentId' in route;
}

/**
 * The place to reopen an assessment at, made safe to follow. A remembered
 * location travels in files and copies, so it can name another assessment
 * (a copy would then open, and change, its original) or be any link at all
 * (`https://…`). Only a route of the assessment `fromId` itself comes back,
 * rebuilt for `toId`; anything else becomes '' (the task list).
 */
export function rememberedLocation(location: string, fromId: string, toId: string = fromId): string {
  const route = parseRoute(location);
  if (!isAssessmentRoute(route) || route.assessmentId !== fromId) return '';
  // Rebuilt rather than passed through: the result can only be an in-app hash.
  return hrefFor({ ...route, assessmentId: toId });
}
