import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

// Invented sentences (not taken from any gold set) for the recall rules added after the blind4 study.
describe('names: place cues with a capital or an adjective', () => {
  it('reads the complement of `État` (capitalised) as a place, not `en état de`', () => {
    expect(mentions("Des villages de l'État de Kordal ont été pillés.")).toContain('Kordal/GPE');
    expect(mentions('Le pont est en état de Marche.')).not.toContain('Marche/GPE');
  });

  it('lets one or two adjectives stand between the place noun and `de`', () => {
    expect(mentions("Dans l'État voisin de Ouadane, le calme est revenu.")).toContain('Ouadane/GPE');
    expect(mentions('Il vit dans la province orientale du Tessit.')).toContain('Tessit/GPE');
  });

  it("takes an acronym cue written in capitals (`l'ONG X`) and never marks the common acronym", () => {
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

describe('nominals and times: extents', () => {
  it('keeps an adjective participle before a place preposition, not the participle of an event verb', () => {
    expect(mentions('Des villageois ont été attaqués par des hommes armés dans le village de Kordal.')).toContain('hommes armés/PER');
    expect(mentions('Les soldats tués dans le village de Kordal.')).not.toContain('soldats tués/PER');
  });

  it('counts a compound number word as the number of a nominal', () => {
    expect(mentions('Vingt-deux assaillants ont été abattus.')).toContain('Vingt-deux assaillants/PER');
    expect(mentions('Les rebelles ont tué quarante-trois villageois.')).toContain('quarante-trois villageois/PER');
  });

  it('never reads an age range as a time', () => {
    expect(mentions('Des enfants âgés de 7 à 10 ans ont été blessés mardi.')).toContain('mardi/TIME');
    expect(mentions('Des enfants âgés de 7 à 10 ans ont été blessés mardi.')).not.toContain('10 ans/TIME');
    expect(mentions('Le siège a duré 3 ans.')).toContain('3 ans/TIME');
  });
});

describe('names: places no cue marks', () => {
  it('reads a town or region of the world gazetteer as a GPE', () => {
    expect(mentions('Les combats se poursuivent dans le Borno et autour de Sagaing.')).toEqual(expect.arrayContaining(['Borno/GPE', 'Sagaing/GPE']));
  });

  it('lets a person named elsewhere in the document win over the gazetteer', () => {
    expect(mentions('Le président Andrew Jackson a parlé. Jackson a ensuite quitté la salle.')).toEqual(['Andrew Jackson/PER', 'Jackson/PER']);
  });

  it('finds the place at the end of an organisation name, never an abstract noun', () => {
    expect(mentions('Le Front de libération du Kordofal a signé.')).toEqual(expect.arrayContaining(['Front de libération du Kordofal/ORG', 'Kordofal/GPE']));
    expect(mentions("Le Conseil de gouvernement de l'Ouadanie a réagi.")).toContain('Ouadanie/GPE');
    expect(mentions('Le Parti de la Justice a gagné.')).not.toContain('Justice/GPE');
    expect(mentions("Le ministère de l'Intérieur a réagi.")).not.toContain('Intérieur/GPE');
  });

  it('reads a lake or a river named after a country as one LOC', () => {
    expect(mentions('Des pêcheurs ont été enlevés sur le lac Tchad.')).toContain('lac Tchad/LOC');
    expect(mentions('Ils ont traversé le fleuve Niger.')).toContain('fleuve Niger/LOC');
  });

  it('finds a gazetteer name whose capital lost its accent', () => {
    expect(mentions("Des combattants de l'Etat islamique ont attaqué.")).toContain('Etat islamique/ORG');
  });
});

describe('arguments: people aimed at after `sur`', () => {
  it('reads people after `tirer sur` as the target, without the age complement', () => {
    const text = 'Des inconnus ont tiré sur des écoliers âgés de 8 ans mardi.';
    expect(mentions(text)).toContain('écoliers/PER');
    const [ev] = events(text);
    expect(ev.args).toEqual(expect.arrayContaining(['Target=écoliers', 'Time=mardi']));
  });

  it('keeps a place after `sur` a place', () => {
    const [ev] = events('Les rebelles ont tiré sur Gao mardi.');
    expect(ev.args).toContain('Place=Gao');
  });
});
