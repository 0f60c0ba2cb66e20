import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from './routes.ts';

describe('routes', () => {
  it('round-trips every route through its href', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'preview', questionnaireId: 'launch-ethics' },
      { name: 'start', questionnaireId: 'quick-check' },
      { name: 'tasks', assessmentId: 'a b/c' },
      { name: 'context', assessmentId: 'x' },
      { name: 'section', assessmentId: 'x', sectionId: 'community-engagement' },
      { name: 'section', assessmentId: 'x', sectionId: 'context', questionId: 'product-purpose' },
      { name: 'section', assessmentId: 'x', sectionId: 'context', questionId: 'product-purpose', returnTo: 'check' },
      { name: 'section', assessmentId: 'x', sectionId: 'area-1', page: 3 },
      { name: 'check', assessmentId: 'x' },
      { name: 'results', assessmentId: 'x' },
      { name: 'rounds', assessmentId: 'a b/c' },
      { name: 'open-report' },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('treats an empty hash as home and anything unknown as not found', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'not-found', path: '/nowhere/at/all' });
    expect(parseRoute('#/assessments/x/sections')).toEqual({ name: 'not-found', path: '/assessments/x/sections' });
    expect(parseRoute('#/assessments/x/rounds/y')).toEqual({ name: 'not-found', path: '/assessments/x/rounds/y' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ name: 'not-found', path: '/%E0%A4%A' });
  });

  it('writes the first page of a section as the section itself, and refuses page numbers that are not', () => {
    expect(hrefFor({ name: 'section', assessmentId: 'x', sectionId: 's', page: 1 })).toBe('#/assessments/x/sections/s');
    for (const page of ['0', '-1', '2.5', 'two', '01', '99999']) {
      expect(parseRoute(`#/assessments/x/sections/s/pages/${page}`).name, page).toBe('not-found');
    }
  });
});
