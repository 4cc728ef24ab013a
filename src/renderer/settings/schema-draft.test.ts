import { describe, expect, it } from 'vitest';
import { frConflictNews, parseSchema } from '../../shared/schema';
import {
  addAttribute,
  addEventType,
  addLabel,
  addRole,
  draftProblems,
  removeLabel,
  toggleRoleLabel,
  updateAttribute,
  updateLabel,
  updateRole,
} from './schema-draft';

const rolesAllowing = (schema: typeof frConflictNews, label: string) =>
  schema.events.flatMap((t) => t.roles.filter((r) => r.labels.includes(label)).map((r) => `${t.name}.${r.name}`));

describe('editing a schema draft', () => {
  it('renaming a label renames it in every role that allows it', () => {
    const before = rolesAllowing(frConflictNews, 'GPE');
    expect(before.length).toBeGreaterThan(0);
    const i = frConflictNews.entities.findIndex((e) => e.name === 'GPE');
    const edited = updateLabel(frConflictNews, i, { name: 'COUNTRY' });
    expect(rolesAllowing(edited, 'GPE')).toEqual([]);
    expect(rolesAllowing(edited, 'COUNTRY')).toEqual(before);
    expect(draftProblems(edited)).toEqual([]);
  });

  it('removing a label removes it from the roles', () => {
    const i = frConflictNews.entities.findIndex((e) => e.name === 'VEH');
    const edited = removeLabel(frConflictNews, i);
    expect(edited.entities.map((e) => e.name)).not.toContain('VEH');
    expect(rolesAllowing(edited, 'VEH')).toEqual([]);
  });

  it('a new label, event type and role come with a free name, key and colour, and the draft stays valid', () => {
    let draft = addLabel(frConflictNews);
    draft = addEventType(draft);
    draft = addRole(draft, draft.events.length - 1);
    draft = addAttribute(draft);
    const parsed = parseSchema(draft);
    expect(parsed.ok).toBe(true);
    const label = draft.entities.at(-1)!;
    expect(frConflictNews.entities.map((e) => e.name)).not.toContain(label.name);
    expect(frConflictNews.entities.map((e) => e.key.toLowerCase())).not.toContain(label.key.toLowerCase());
    expect(draft.events.at(-1)!.roles[0].labels).toEqual(draft.entities.map((e) => e.name));
  });

  it('toggling a role label keeps the schema order', () => {
    const draft = addRole(addEventType(frConflictNews), frConflictNews.events.length);
    const t = draft.events.length - 1;
    const narrowed = draft.entities.slice(1).reduce((d, e) => toggleRoleLabel(d, t, 0, e.name), draft);
    expect(narrowed.events[t].roles[0].labels).toEqual([draft.entities[0].name]);
    const widened = toggleRoleLabel(narrowed, t, 0, draft.entities[2].name);
    expect(widened.events[t].roles[0].labels).toEqual([draft.entities[0].name, draft.entities[2].name]);
  });

  it('an attribute default that is no longer a value is dropped', () => {
    const i = frConflictNews.attributes.findIndex((a) => a.default !== undefined);
    expect(i).toBeGreaterThanOrEqual(0);
    const edited = updateAttribute(frConflictNews, i, { values: ['x', 'y'] });
    expect(edited.attributes[i].default).toBeUndefined();
  });

  it('problems name the label, event type and role as the user sees them', () => {
    const keyClash = updateLabel(frConflictNews, 1, { key: frConflictNews.entities[0].key });
    expect(draftProblems(keyClash).join('\n')).toContain(`key ${frConflictNews.entities[0].key} is given to two entity labels`);
    const t = frConflictNews.events[0];
    const emptyRole = updateRole(frConflictNews, 0, 0, { labels: [] });
    expect(draftProblems(emptyRole)).toEqual([expect.stringContaining(`event type ${t.name}, role ${t.roles[0].name}, allowed labels`)]);
    expect(draftProblems(updateLabel(frConflictNews, 0, { color: 'red' }))[0]).toMatch(new RegExp(`^label ${frConflictNews.entities[0].name}, color`));
  });
});
