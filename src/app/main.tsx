import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { parseRoute } from '../config/routes.ts';
import { prefetchOtherPages, prefetchRoute } from './prefetch.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first screen's code and questionnaire load in parallel before the first
// render, so it appears in one step (no loading line, no extra round trip).
await prefetchRoute(parseRoute(window.location.hash));
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
prefetchOtherPages();
