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
      { name: 'check', assessmentId: 'x' },
      { name: 'results', assessmentId: 'x' },
      { name: 'open-report' },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('treats an empty hash as home and anything unknown as not found', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'not-found', path: '/nowhere/at/all' });
    expect(parseRoute('#/assessments/x/sections')).toEqual({ name: 'not-found', path: '/assessments/x/sections' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ name: 'not-found', path: '/%E0%A4%A' });
  });
});
