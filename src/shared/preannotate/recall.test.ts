import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

// Invented sentences (not taken from any gold set) for the recall rules added after the blind4 study.
describe('names: place cues with a capital or an adjective', () => {
  it('reads the complement of `État` (capitalised) as a place, not `en état de`', () => {
    expect(mentions("Des villages de l'État de Kordal ont été pillés.")).toContain('Kordal/GPE');
    expect(mentions("Le pont est en état de Marche.")).not.toContain('Marche/GPE');
  });

  it('lets one or two adjectives stand between the place noun and `de`', () => {
    expect(mentions("Dans l'État voisin de Ouadane, le calme est revenu.")).toContain('Ouadane/GPE');
    expect(mentions('Il vit dans la province orientale du Tessit.')).toContain('Tessit/GPE');
  });

  it('takes an acronym cue written in capitals (`l\'ONG X`) and never marks the common acronym', () => {
    expect(mentions("Selon l'ONG Tamazir Solidarité, le bilan est lourd.")).toEqual(['Tamazir Solidarité/ORG']);
  });

  it('gives the role to the name after an administrative unit, not to the unit', () => {
    const [ev] = events('Des hommes armés ont attaqué dimanche un village dans la région de Kordal.');
    expect(ev.args).toContain('Place=Kordal');
    expect(mentions('Des hommes armés ont attaqué dimanche un village dans la région de Kordal.')).not.toContain('région/LOC');
  });
});

describe('names: English names', () => {
  it('reads an English organisation head as ORG and a train name as VEH, not as a person', () => {
    expect(mentions("Selon l'Oakfield Policy Institute, la situation empire.")).toContain('Oakfield Policy Institute/ORG');
    expect(mentions('Des soldats du Desert Rangers ont été tués.')).toContain('Desert Rangers/ORG');
    expect(mentions('Les rebelles ont attaqué le Kandar Express mardi.')).toContain('Kandar Express/VEH');
  });

  it('still reads two unknown capitalised words as a person', () => {
    expect(mentions('Le ministre Tarek Belhadj a démissionné.')).toContain('Tarek Belhadj/PER');
  });
});
