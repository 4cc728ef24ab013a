/**
 * Rules added in the second round on real published news (issue 16), each on an invented sentence.
 */
import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

describe('people, weapons and vehicles of everyday news', () => {
  it('ends a noun phrase of people before the participle of an event verb, which is the trigger', () => {
    expect(events('Bolivie : deux gendarmes tués')[0]).toMatchObject({ ev: 'Life.Die tués', args: ['Victim=deux gendarmes'] });
    expect(mentions('Bolivie : deux gendarmes tués')).toContain('deux gendarmes/PER');
  });

  it('knows the singular of people nouns (`un gendarme`, `une policière`)', () => {
    expect(events('Un gendarme a été blessé.')[0].args).toEqual(['Victim=Un gendarme']);
    expect(events('Une policière a été tuée.')[0].args).toEqual(['Victim=Une policière']);
  });

  it('reads a car bomb as a vehicle and a firearm as one weapon', () => {
    expect(mentions('Une voiture piégée a explosé.')).toEqual(['Une voiture piégée/VEH']);
    expect(mentions('Il a été tué par une arme à feu.')).toEqual(['une arme à feu/WEA']);
    expect(mentions('Ils ont jeté des cocktails Molotov.')).toEqual(['cocktails Molotov/WEA']);
  });

  it('keeps ordinals and `soixante` in the extent of a vehicle', () => {
    expect(mentions('Une première voiture a explosé, puis une seconde voiture.')).toEqual(['Une première voiture/VEH', 'une seconde voiture/VEH']);
    expect(mentions('Soixante voitures ont été incendiées.')).toEqual(['Soixante voitures/VEH']);
  });
});

describe('instruments', () => {
  it('makes a weapon used with `avec` the instrument of an attack, not its target', () => {
    expect(events('Un tireur a ouvert le feu avec un fusil.')[0].args).toEqual(['Attacker=Un tireur', 'Instrument=un fusil']);
  });

  it('makes the weapon or vehicle that is the subject of an attack its instrument', () => {
    expect(events('Une voiture piégée a explosé devant le marché.')[0].args).toContain('Instrument=Une voiture piégée');
  });
});
