import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { importSchemaJson } from '../src/shared/formats/schema-json';
import { chooseFiles, openDocument, shot, start } from './helpers';

async function importSchema(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import schema/ }).click();
  await (await chooser).setFiles([file]);
}

test('an edited schema is saved as a new version: colours follow, what it lacks is reported and kept', async ({ page }, testInfo) => {
  await start(page);
  await chooseFiles(page, 'import', ['e2e/fixtures/nested.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 1 record');
  await page.locator('[data-command="settings"]').click();
  await expect(page.getByTestId('active-schema')).toHaveText('fr-conflict-news@1');
  await expect(page.getByTestId('schema-mismatches')).toContainText('Every stored annotation fits');

  await page.getByLabel('Colour of GPE').fill('#123456');
  // A key already taken is refused until it is changed.
  await page.getByLabel('Key of GPE').fill('p');
  await expect(page.getByTestId('schema-problems')).toContainText('key p is given to two entity labels');
  await expect(page.getByRole('button', { name: /^Save as/ })).toBeDisabled();
  await page.getByLabel('Key of GPE').fill('g');
  await page.getByLabel('Name of label 8').fill('DATE');
  await expect(page.getByLabel('Conflict.Attack.Time allows DATE')).toBeChecked();
  await page.getByRole('button', { name: 'Save as fr-conflict-news@2' }).click();

  await expect(page.getByTestId('active-schema')).toHaveText('fr-conflict-news@2');
  await expect(page.getByTestId('schema-mismatches')).toContainText('label TIME: 1× in 1 document');
  await shot(page, testInfo, 'schema-settings');

  await page.reload();
  await expect(page.getByTestId('active-schema')).toHaveText('fr-conflict-news@2');
  await page.locator('[data-command="corpus"]').click();
  await openDocument(page, 'e2e_nested');
  const editor = page.getByTestId('editor');
  await expect(editor.locator('.mention[data-id="T4"]')).toHaveAttribute('style', /#123456/);
  // The mention whose label left the schema is still drawn, in grey, and the document says why.
  await expect(editor.locator('.mention[data-id="T5"]')).toHaveAttribute('style', /#dddddd/);
  await expect(page.getByTestId('outside-schema')).toContainText('label TIME');
  await shot(page, testInfo, 'schema-outside-document');

  // A file made under version 1 still imports under version 2; what version 2 lacks is listed, and kept.
  await chooseFiles(page, 'import', ['e2e/fixtures/nested.jsonl']);
  const notes = page.getByTestId('errors-dialog');
  await expect(notes).toContainText('Imported, with notes');
  await expect(notes).toContainText('not in fr-conflict-news@2, kept: label TIME: 1× in 1 document');
  await notes.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(editor.locator('.mention[data-id="T5"]')).toHaveText('hier');

  // The previous version can be made active again, and then everything fits.
  await page.locator('[data-command="settings"]').click();
  await page.getByLabel('Known schema versions').selectOption('fr-conflict-news@1');
  await expect(page.getByTestId('schema-mismatches')).toContainText('Every stored annotation fits');
});

test('a brat annotation.conf becomes the active schema, and the schema exports as JSON that reads back', async ({ page }, testInfo) => {
  await start(page);
  await page.locator('[data-command="settings"]').click();
  await importSchema(page, 'e2e/fixtures/annotation.conf');
  await expect(page.getByTestId('active-schema')).toHaveText('brat@1');
  await expect(page.getByLabel(/^Name of label/)).toHaveCount(3);
  await expect(page.getByLabel('Name of event type 1')).toHaveValue('Attack');
  await expect(page.getByLabel('How many Attacker')).toHaveValue('?');
  await expect(page.getByLabel('Attack.Target allows Organization')).not.toBeChecked();
  await shot(page, testInfo, 'schema-brat-conf');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  const read = importSchemaJson(readFileSync(file, 'utf8'), file);
  if (!('schema' in read)) throw new Error(JSON.stringify(read.errors));
  expect(read.schema.entities.map((e) => e.name)).toEqual(['Person', 'Organization', 'Location']);
  expect(read.schema.events.find((e) => e.name === 'Protest')?.roles).toEqual([{ name: 'Protester', labels: ['Person', 'Organization'], cardinality: '+' }]);
});

test('a schema file with an error is refused with its reason and changes nothing', async ({ page }) => {
  await start(page);
  await page.locator('[data-command="settings"]').click();
  await importSchema(page, 'e2e/fixtures/bad.schema.json');
  const dialog = page.getByTestId('errors-dialog');
  await expect(dialog).toContainText('Attack.Place: unknown entity label LOC');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('active-schema')).toHaveText('fr-conflict-news@1');
});
