import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the import boundaries', () => {
  it('keep React out of the core', async () => {
    for (const folder of ['questionnaire', 'scoring', 'report', 'storage']) {
      expect(await ruleIds(`src/${folder}/probe.ts`, "import { useState } from 'react';\nexport const probe = useState;\n")).toContain(
        'no-restricted-imports',
      );
    }
  });

  it('keep features, components and app out of the core', async () => {
    const code = "import { App } from '../app/app.tsx';\nexport const probe = App;\n";
    expect(await ruleIds('src/scoring/probe.ts', code)).toContain('no-restricted-imports');
    const fromFeature = "import { HomePage } from '../features/library/home-page.tsx';\nexport const probe = HomePage;\n";
    expect(await ruleIds('src/storage/probe.ts', fromFeature)).toContain('no-restricted-imports');
  });

  it('keep features from importing each other, but let them use components and the core', async () => {
    const other = "import { ResultsPage } from '../results/results-page.tsx';\nexport const probe = ResultsPage;\n";
    expect(await ruleIds('src/features/library/probe.ts', other)).toContain('no-restricted-imports');
    const allowed =
      "import { scoreAssessment } from '../../scoring/score-assessment.ts';\nimport { RichText } from '../../components/rich-text.tsx';\nexport const probe = [scoreAssessment, RichText];\n";
    expect(await ruleIds('src/features/library/probe.ts', allowed)).toEqual([]);
  });
});
