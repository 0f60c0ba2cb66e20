import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { flushSaves } from './src/state/assessment-repository.ts';

// Each component test starts from an empty browser: no saved assessments,
// no hash, nothing left on screen by the test before.
beforeEach(() => {
  window.localStorage.clear();
  window.location.hash = '';
});

afterEach(() => {
  cleanup();
  flushSaves();
  window.localStorage.clear();
});
