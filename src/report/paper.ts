/** The paper sizes a report is drawn on. */
export type Paper = 'a4' | 'letter';
