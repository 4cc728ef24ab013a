import { describe, expect, it } from 'vitest';
import { annotate, mentions } from './test-helpers';

describe('entity patterns', () => {
  it('leaves a title outside the extent of the name after it', () => {
    expect(mentions('Le maréchal Ali Benali a visité Alger.')).toEqual(['Ali Benali/PER', 'Alger/GPE']);
    expect(mentions('Selon M. Dupuis, tout va bien.')).toEqual(['Dupuis/PER']);
  });

  it('keeps French particles and Arabic name parts inside a name', () => {
    expect(mentions('Hier, Ibrahim Ben Salah a rencontré Fayçal el-Gharbi.')).toContain('Ibrahim Ben Salah/PER');
    expect(mentions('Hier, Ibrahim Ben Salah a rencontré Fayçal el-Gharbi.')).toContain('Fayçal el-Gharbi/PER');
    expect(mentions('Le porte-parole Youssef Abou Zeid a parlé.')).toEqual(['Youssef Abou Zeid/PER']);
  });

  it('gives a name and its acronym in parentheses two mentions, and knows the acronym afterwards', () => {
    expect(mentions('Le Front de libération nationale (FLN) a gagné. Le FLN gouverne.')).toEqual(['Front de libération nationale/ORG', 'FLN/ORG', 'FLN/ORG']);
    // The acronym spells the name out even when the name has words the organisation heads do not cover.
    expect(mentions('Les Forces de soutien rapide (FSR) avancent.')).toEqual(['Forces de soutien rapide/ORG', 'FSR/ORG']);
  });

  it('reads organisation heads with their adjectives and complements, and nests a place of another label', () => {
    expect(mentions('Le Conseil militaire de Tobrouk a protesté.')).toEqual(['Conseil militaire de Tobrouk/ORG', 'Tobrouk/GPE']);
    expect(mentions("Le gouvernement d'union nationale a répondu.")).toEqual(["gouvernement d'union nationale/ORG"]);
    // A name that contains another name of the same label is one mention.
    expect(mentions('Le Conseil de sécurité des Nations unies a voté.')).toEqual(['Conseil de sécurité des Nations unies/ORG']);
  });

  it('reads facility heads followed by a name', () => {
    expect(mentions("Des tirs visent l'aéroport international de Kaboul.")).toEqual(['aéroport international de Kaboul/FAC', 'Kaboul/GPE']);
    expect(mentions("Il enseigne à l'université de Tunis.")).toEqual(['université de Tunis/FAC', 'Tunis/GPE']);
  });

  it('finds French dates and times without their prepositions and determiners', () => {
    expect(mentions('La bataille a duré du 8 au 18 mai.').filter((m) => m.endsWith('/TIME'))).toEqual(['8 au 18 mai/TIME']);
    expect(mentions('Ils attaquent depuis samedi dernier.')).toEqual(['samedi dernier/TIME']);
    expect(mentions('Le vol a repris jeudi soir, le 19 janvier.')).toEqual(['jeudi soir/TIME', '19 janvier/TIME']);
    expect(mentions('Il est arrivé hier après 10 jours de marche, en 2014.')).toEqual(['hier/TIME', '10 jours/TIME', '2014/TIME']);
    expect(mentions('Le siège a duré plusieurs mois.')).toEqual(['plusieurs mois/TIME']);
  });

  it('does not take ages for times', () => {
    expect(mentions('Un homme âgé de 38 ans parle.')).toEqual([]);
  });

  it('always marks weapons and vehicles, with numbers and adjectives but without determiners', () => {
    expect(mentions('Ils ont saisi deux véhicules blindés et des roquettes.')).toEqual(['deux véhicules blindés/VEH', 'roquettes/WEA']);
    expect(mentions("Les tirs à l'artillerie lourde continuent.")).toEqual(['artillerie lourde/WEA']);
    expect(mentions('Un convoi a sauté sur une mine posée par les rebelles.')).toEqual(['Un convoi/VEH', 'une mine/WEA']);
  });

  it('suggests other occurrences of a mention, and a surname alone after the full name', () => {
    expect(mentions('Ahmed Mansour est arrivé. Selon Mansour, Ahmed Mansour restera.')).toEqual(['Ahmed Mansour/PER', 'Mansour/PER', 'Ahmed Mansour/PER']);
  });

  it('lets a name found by a strong cue win over a weak place guess elsewhere', () => {
    // `à Mansour` alone would read as a place; the document knows Mansour as a person.
    expect(mentions('Ahmed Mansour a parlé. Ils ont écrit à Mansour.')).toEqual(['Ahmed Mansour/PER', 'Mansour/PER']);
  });

  it('reads a name introduced by an organisation noun, or alone in parentheses, as an organisation', () => {
    expect(mentions('Des membres du gang Tonton Macoute ont fui.')).toEqual(['Tonton Macoute/ORG']);
    expect(mentions('Selon la chaîne « Nova Vox », rien.')).toEqual(['Nova Vox/ORG']);
    expect(mentions('Le commandement régional (Sudcom) a parlé.')).toEqual(['Sudcom/ORG']);
  });

  it('reads `dans la nuit` and `ce matin` as times, and plural facility heads', () => {
    expect(mentions('Ils ont frappé dans la nuit puis ce matin.')).toEqual(['nuit/TIME', 'matin/TIME']);
    expect(mentions('Ils ont quitté les camps de Kakuma.')).toEqual(['camps de Kakuma/FAC', 'Kakuma/GPE']);
  });

  it('creates nationality nouns as nominal mentions when they fill a role', () => {
    expect(mentions('Des milliers de Tanzaniens ont manifesté.')).toEqual(['milliers de Tanzaniens/PER']);
    expect(mentions('Trois Américains ont été tués.')).toEqual(['Trois Américains/PER']);
    expect(mentions('Trois Américains ont déjeuné.')).toEqual([]);
  });

  it('counts offsets in code points', () => {
    const set = annotate('😀 Le maréchal Ali Benali parle.');
    // 😀 is one code point (two UTF-16 units): "😀 Le maréchal " is 1 + 1 + 2 + 1 + 8 + 1 = 14 code points.
    expect(set.entities[0]).toMatchObject({ start: 14, end: 24, text: 'Ali Benali', label: 'PER', source: 'heuristic' });
  });
});
