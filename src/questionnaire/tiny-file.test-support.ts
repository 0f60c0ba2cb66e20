/** The top of the smallest valid questionnaire file: tests add the sections and fields they are about. */
export const TINY_FILE_HEADER = {
  id: 'tiny',
  version: '1.0.0',
  title: 'Tiny',
  description: 'For tests.',
  audience: 'Tests',
  estimatedMinutes: 5,
  bands: [{ from: 0, to: 100, label: 'All', meaning: 'Any score.' }],
};
