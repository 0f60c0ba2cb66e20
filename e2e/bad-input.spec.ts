import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures.ts';

// Hostile and broken files chosen in the real page: each gets its message,
// markup shows as text, and what is stored does not change.

const fixture = (name: string) => readFileSync(new URL(`../src/storage/fixtures/bad-answers/${name}`, import.meta.url));

async function storedState(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Import answers').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('hostile answers files each get a message and leave stored assessments untouched; markup shows as text', async ({ page }) => {
  await page.goto('/');
  await importFile(page, 'markup.json', fixture('markup-in-texts.json'));
  await expect(page.getByText('Imported “<script>alert("x")</script> Street Lens”.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Assessments saved in this browser' });
  await expect(table.getByRole('link', { name: '<script>alert("x")</script> Street Lens (open)' })).toBeVisible();
  await expect(table.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  const before = await storedState(page);
  expect(Object.keys(before).filter((key) => key.startsWith('oversight:v1:assessment:'))).toHaveLength(1);

  const cases: [string, Buffer, string][] = [
    ['proto.json', fixture('prototype-answer-key.json'), 'assessment.answers.__proto__: "__proto__" cannot be used as a name'],
    [
      'proto-questionnaire.json',
      Buffer.from(fixture('questionnaire-not-included.json').toString('utf8').replaceAll('someone-elses-check', '__proto__')),
      'which is not in this browser',
    ],
    ['utf16.json', fixture('utf16.json'), 'This file is saved as UTF-16 text'],
    ['latin1.json', fixture('latin1.json'), 'This file is not UTF-8 text'],
    ['huge.json', Buffer.alloc(6 * 1024 * 1024, 0x20), 'This file is 6.0 MB; an answers file can be at most 5.0 MB.'],
    ['too-long.json', fixture('too-long-project.json'), 'assessment.context.project: Keep the project name under 200 characters'],
  ];
  for (const [name, buffer, message] of cases) {
    await importFile(page, name, buffer);
    const failure = page.getByRole('alert').filter({ hasText: `“${name}” could not be imported` });
    await expect(failure).toContainText(message);
    await expect(failure).toContainText('Nothing was changed.');
    await expect(page.getByText('Reading the file…')).toBeHidden();
  }
  expect(await storedState(page)).toEqual(before);
});

test('a file too large to be a report is refused at once, saying the limit', async ({ page }) => {
  await page.goto('/#/open-report');
  const junk = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024, 0x41)]);
  await page.getByLabel('Report (PDF)').setInputFiles({ name: 'junk.pdf', mimeType: 'application/pdf', buffer: junk });
  const failure = page.getByRole('alert').filter({ hasText: '“junk.pdf” could not be opened' });
  await expect(failure).toContainText(
    'This file is 11.0 MB; a report Oversight opens can be at most 10.0 MB. Choose the PDF that Oversight made.',
  );
});

test('an address naming a questionnaire after an inherited property finds no questionnaire', async ({ page }) => {
  for (const id of ['__proto__', 'constructor', 'hasOwnProperty']) {
    await page.goto(`./#/questionnaires/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire not found' })).toBeVisible();
  }
});
