import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frConflictNews, type Cardinality, type Schema } from '../schema';
import { bratConfToSchema, schemaToBratConf } from './brat-conf';

/*
 * Written by hand from brat's configuration page (https://brat.nlplab.org/configuration.html): sections
 * in brackets, one type a line, hierarchy by TAB indentation, "!" for a type that only groups others,
 * events "Type Role:T1|T2, Role2?:T3" with ? * + cardinalities, macros "<NAME>=A|B", <ENTITY>/<EVENT>,
 * attributes "Name Arg:<EVENT>, Value:a|b".
 */
const CONF = [
  '# An ACE-like configuration',
  '[entities]',
  '!Actor',
  '\tPerson',
  '\tOrganization',
  '\t\tMilitia',
  'GPE',
  'Facility',
  '',
  '[relations]',
  'Located\tArg1:Person, Arg2:GPE',
  '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
  '',
  '[events]',
  '<PLACE>=GPE|Facility',
  'Attack\tAttacker+:Actor, Target*:<ENTITY>, Place?:<PLACE>, Cause?:<EVENT>',
  '----------',
  'Meet\tParticipant{2-4}:Person|Organization',
  '',
  '[attributes]',
  'Negation\tArg:<EVENT>',
  'Realis\tArg:Attack|Meet, Value:actual|generic|other',
  'Certainty\tArg:<ENTITY>, Value:high|low',
].join('\n');

describe('annotation.conf → schema', () => {
  it('reads the hierarchy, macros, roles with their cardinalities, attributes; reports what it leaves out', () => {
    const r = bratConfToSchema(CONF, 'annotation.conf', { name: 'ace', version: 2 });
    expect(r.errors).toEqual([]);
    const s = r.schema!;
    expect([s.name, s.version]).toEqual(['ace', 2]);
    expect(s.entities.map((e) => [e.name, e.key])).toEqual([
      ['Person', 'p'],
      ['Organization', 'o'],
      ['Militia', 'm'],
      ['GPE', 'g'],
      ['Facility', 'f'],
    ]);
    expect(s.events.map((e) => [e.name, e.key])).toEqual([
      ['Attack', 'A'],
      ['Meet', 'M'],
    ]);
    expect(s.events[0].roles).toEqual([
      { name: 'Attacker', labels: ['Person', 'Organization', 'Militia'], cardinality: '+' },
      { name: 'Target', labels: ['Person', 'Organization', 'Militia', 'GPE', 'Facility'], cardinality: '*' },
      { name: 'Place', labels: ['GPE', 'Facility'], cardinality: '?' },
    ]);
    expect(s.events[1].roles).toEqual([{ name: 'Participant', labels: ['Person', 'Organization', 'Militia'], cardinality: '*' }]);
    expect(s.attributes).toEqual([
      { name: 'Negation', appliesTo: 'event', values: ['true'] },
      { name: 'Realis', appliesTo: 'event', values: ['actual', 'generic', 'other'] },
      { name: 'Certainty', appliesTo: 'entity', values: ['high', 'low'] },
    ]);
    expect(r.warnings).toEqual([
      'annotation.conf:16: Attack.Cause: events as arguments (<EVENT>) are not supported, left out',
      'annotation.conf:18: Meet.Participant: count {2-4} kept as *',
      'annotation.conf:11: 1 relation type(s) left out (relations are not supported)',
    ]);
  });

  it('a role without a cardinality is "exactly one"', () => {
    const r = bratConfToSchema('[entities]\nPER\n[events]\nDie\tVictim:PER', 'a.conf');
    expect(r.schema!.events[0].roles).toEqual([{ name: 'Victim', labels: ['PER'], cardinality: '1' }]);
  });

  it('reports unknown types and malformed roles with their line, and gives no schema', () => {
    const r = bratConfToSchema('[entities]\nPER\n[events]\nDie\tVictim:PERSON\nHurt\tVictim PER', 'a.conf');
    expect(r.schema).toBeNull();
    expect(r.errors).toEqual([
      { file: 'a.conf', line: 4, reason: 'Die.Victim: unknown type PERSON' },
      { file: 'a.conf', line: 5, reason: 'Hurt: expected "Role:Type1|Type2", got "Victim PER"' },
    ]);
  });

  it('a conf without entities is not a schema', () => {
    const r = bratConfToSchema('[events]\n', 'a.conf');
    expect(r.schema).toBeNull();
    expect(r.errors.length).toBeGreaterThan(0);
  });
});

describe('schema → annotation.conf', () => {
  it('writes every label, role with its cardinality and allowed labels, and attribute', () => {
    const { content, warnings } = schemaToBratConf(frConflictNews);
    expect(content).toMatch(/^\[entities\]$/m);
    expect(content).toMatch(/^PER$/m);
    // Roles in the default schema have no cardinality, which means "any number": brat's "*".
    expect(content).toMatch(/^Contact\.Meet\tParticipant\*:PER\|ORG\|GPE, Place\*:GPE\|LOC\|FAC, Time\*:TIME$/m);
    expect(content).toMatch(/^realis\tArg:<EVENT>, Value:actual\|generic\|other, <DEFAULT>:actual$/m);
    expect(warnings).toEqual([]);
  });

  it('round-trips labels, event types, roles, allowed labels, cardinalities and attributes (fast-check)', () => {
    const cards = fc.array(fc.constantFrom<Cardinality | undefined>(undefined, '1', '?', '*', '+'), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(cards, (cs) => {
        let k = 0;
        const schema: Schema = {
          ...frConflictNews,
          events: frConflictNews.events.map((e) => ({ ...e, roles: e.roles.map((r) => ({ ...r, cardinality: cs[k++] })) })),
        };
        const back = bratConfToSchema(schemaToBratConf(schema).content, 'annotation.conf').schema!;
        expect(back.entities.map((e) => e.name)).toEqual(schema.entities.map((e) => e.name));
        expect(back.events.map((e) => [e.name, e.roles])).toEqual(
          schema.events.map((e) => [e.name, e.roles.map((r) => ({ ...r, cardinality: r.cardinality ?? '*' }))]),
        );
        expect(back.attributes).toEqual(schema.attributes);
      }),
      { numRuns: 50 },
    );
  });
});
