/**
 * Rules added in the third round on real published news (issue 16): general data and general rules, each on an invented sentence.
 */
import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

describe('places and buildings named after a head noun', () => {
  it('keeps the head noun of a park, a garden or a canal in the name of the place', () => {
    expect(mentions('Une bombe a explosé près du parc Valmoret-Aziz.')).toContain('parc Valmoret-Aziz/LOC');
    expect(mentions('Les tirs sont partis du jardin Ostrelle.')).toContain('jardin Ostrelle/LOC');
  });

  it('joins a natural feature known by its name to its head noun', () => {
    expect(mentions('Les combats ont repris dans la vallée de l’Euphrate.')).toContain('vallée de l’Euphrate/LOC');
  });

  it('reads a station, a chapel or a cultural centre followed by its name as one facility', () => {
    expect(mentions('Il a été arrêté à la station Marcel Dubrac.')).toContain('station Marcel Dubrac/FAC');
    expect(mentions('Ils se sont réfugiés dans la chapelle Sainte-Odile.')).toContain('chapelle Sainte-Odile/FAC');
  });

  it('goes on from a named facility to the town it stands in, and reads a name after the head and its adjectives', () => {
    expect(mentions('La mosquée Al-Nour de Mossoul a été détruite.')).toEqual(['mosquée Al-Nour de Mossoul/FAC', 'Mossoul/GPE']);
    expect(mentions("Des tirs ont visé l'aéroport international Kerbaly de Lyon.")).toContain('aéroport international Kerbaly de Lyon/FAC');
  });

  it('reads a square in front of a building (`parvis`) as a place, the head noun kept', () => {
    expect(mentions('Un policier a été agressé sur le parvis de la Cathédrale Sainte-Rosalie.')).toContain('parvis de la Cathédrale Sainte-Rosalie/LOC');
  });
});

describe('first names', () => {
  it('reads a French first name and a capitalised word after it as a person, after an organisation too', () => {
    expect(mentions("Le ministère de l'Intérieur Gérard Pelvoux s'est rendu sur place.")).toContain('Gérard Pelvoux/PER');
    expect(mentions('Selon Adeline Marquisat, la route était fermée.')).toContain('Adeline Marquisat/PER');
  });
});

describe('towns told by where one goes or is', () => {
  it('reads a capitalised word after `en direction de`, `à proximité de` or `à la sortie de` as a town', () => {
    expect(mentions('Le car roulait en direction de Wexbourg.')).toContain('Wexbourg/GPE');
    expect(mentions("L'accident s'est produit à proximité de Valdrenne.")).toContain('Valdrenne/GPE');
  });
});

describe('organisations named by a nationality', () => {
  it('reads the army, the government or the regime of a state named by its nationality as an organisation', () => {
    expect(mentions("L'armée tchadienne a bombardé le village.")).toContain('armée tchadienne/ORG');
    expect(mentions('Le régime syrien a démenti.')).toContain('régime syrien/ORG');
  });

  it('keeps a vehicle whole when its owner is an army named by its nationality', () => {
    expect(mentions("Deux hélicoptères de l'armée bolivienne se sont écrasés.")).toContain("Deux hélicoptères de l'armée bolivienne/VEH");
  });
});

describe('people named by their nationality', () => {
  it('reads a number or an article before a nationality noun of any country as people', () => {
    expect(events('Trois Belges ont été tués.')[0].args).toEqual(['Victim=Trois Belges']);
    expect(events('Un Jordanien a été blessé.')[0].args).toEqual(['Victim=Un Jordanien']);
  });

  it('gives every member of a list of people before its verb the same role', () => {
    expect(events('Depuis un an, 120 Kényans, 30 Ougandais, un Tanzanien et deux Rwandais ont perdu la vie.')[0].args).toEqual([
      'Victim=120 Kényans',
      'Victim=30 Ougandais',
      'Victim=deux Rwandais',
      'Victim=un Tanzanien',
    ]);
  });
});

describe('compound people nouns and coordinated years', () => {
  it('reads compound nouns of people (ranks, family) as people', () => {
    expect(events('Un lieutenant-colonel de gendarmerie a été blessé.')[0].args).toEqual(['Victim=Un lieutenant-colonel de gendarmerie']);
    expect(events('Sa belle-mère a été tuée.')[0].args).toEqual(['Victim=belle-mère']);
  });

  it('reads two years joined by `et` as two times, and `entre X et Y` as one period', () => {
    expect(mentions('Des attentats ont eu lieu en 2009 et 2010.')).toEqual(['2009/TIME', '2010/TIME']);
    expect(mentions('Des attentats ont eu lieu entre 2009 et 2010.')).toEqual(['2009 et 2010/TIME']);
  });
});
