import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from './routes.ts';

describe('routes', () => {
  it('round-trips every route through its href', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'preview', questionnaireId: 'launch-ethics' },
      { name: 'start', questionnaireId: 'quick-check' },
      { name: 'preview', questionnaireId: 'team-check', version: '2.0.0' },
      { name: 'start', questionnaireId: 'team-check', version: '1.0.0' },
      { name: 'tasks', assessmentId: 'a b/c' },
      { name: 'context', assessmentId: 'x' },
      { name: 'section', assessmentId: 'x', sectionId: 'community-engagement' },
      { name: 'section', assessmentId: 'x', sectionId: 'context', questionId: 'product-purpose' },
      { name: 'section', assessmentId: 'x', sectionId: 'context', questionId: 'product-purpose', returnTo: 'check' },
      { name: 'section', assessmentId: 'x', sectionId: 'area-1', page: 3 },
      { name: 'check', assessmentId: 'x' },
      { name: 'results', assessmentId: 'x' },
      { name: 'workshop', assessmentId: 'x' },
      { name: 'workshop', assessmentId: 'x', sectionId: 'context', questionId: 'product-purpose' },
      { name: 'workshop', assessmentId: 'x', finished: true },
      { name: 'presenter', assessmentId: 'x' },
      { name: 'rounds', assessmentId: 'a b/c' },
      { name: 'open-report' },
      { name: 'compare' },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('names a version of a questionnaire only when one is given', () => {
    expect(hrefFor({ name: 'start', questionnaireId: 'team-check' })).toBe('#/start/team-check');
    expect(hrefFor({ name: 'preview', questionnaireId: 'team-check', version: '1.2.0' })).toBe('#/questionnaires/team-check/1.2.0');
    expect(parseRoute('#/questionnaires/team-check/1.2.0/more').name).toBe('not-found');
  });

  it('treats an empty hash as home and anything unknown as not found', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'not-found', path: '/nowhere/at/all' });
    expect(parseRoute('#/assessments/x/sections')).toEqual({ name: 'not-found', path: '/assessments/x/sections' });
    expect(parseRoute('#/assessments/x/rounds/y')).toEqual({ name: 'not-found', path: '/assessments/x/rounds/y' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ name: 'not-found', path: '/%E0%A4%A' });
    expect(parseRoute('#/compare/extra')).toEqual({ name: 'not-found', path: '/compare/extra' });
  });

  it('writes the first page of a section as the section itself, and refuses page numbers that are not', () => {
    expect(hrefFor({ name: 'section', assessmentId: 'x', sectionId: 's', page: 1 })).toBe('#/assessments/x/sections/s');
    for (const page of ['0', '-1', '2.5', 'two', '01', '99999']) {
      expect(parseRoute(`#/assessments/x/sections/s/pages/${page}`).name, page).toBe('not-found');
    }
  });

  it('keeps a workshop on one question by section and question id, so a reload stays there', () => {
    expect(hrefFor({ name: 'workshop', assessmentId: 'a', sectionId: 's 1', questionId: 'q/2' })).toBe(
      '#/assessments/a/workshop/s%201/q%2F2',
    );
    expect(parseRoute('#/assessments/a/workshop/s')).toEqual({ name: 'not-found', path: '/assessments/a/workshop/s' });
    expect(parseRoute('#/assessments/a/workshop/s/q/extra').name).toBe('not-found');
  });
});
