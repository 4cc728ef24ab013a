import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

// Invented sentences (not taken from any gold set) for the rules added after the blind3 study.
describe('names: general cues', () => {
  it('reads the place that opens a dateline', () => {
    expect(mentions('Kandoura (Tchad), 4 mai (AFP) — Le calme est revenu.')).toEqual(expect.arrayContaining(['Kandoura/GPE', 'Tchad/GPE']));
    expect(mentions('Bouroum, 12 avril — Rien.')).toContain('Bouroum/GPE');
  });

  it("takes the complement of a region, a district or a market as a GPE, also after `de l'` and `du`", () => {
    expect(mentions("Les combats ont gagné la région de l'Ouadane.")).toContain('Ouadane/GPE');
    expect(mentions('Il vit dans la région du Kordal.')).toContain('Kordal/GPE');
    expect(mentions('Les habitants de Tessit Baba ont fui.')).toContain('Tessit Baba/GPE');
  });

  it('takes the object of quitter/fuir and a word after `en` as a place', () => {
    expect(mentions('Des familles ont quitté Bir Lahlou.')).toContain('Bir Lahlou/GPE');
    expect(mentions('Des heurts ont eu lieu en Ouadane.')).toContain('Ouadane/GPE');
  });

  it('reads a facility name right after its head, and a facility after un/une as a nominal', () => {
    expect(mentions("L'hôpital Sidi Kamel a été touché.")).toContain('hôpital Sidi Kamel/FAC');
    expect(mentions('Un hôtel de Bamako a été attaqué.')).toEqual(expect.arrayContaining(['Un hôtel/FAC', 'Bamako/GPE']));
  });

  it("joins `de l'` inside an organisation name", () => {
    expect(mentions("Le ministère de l'Intérieur a réagi.")).toContain("ministère de l'Intérieur/ORG");
  });

  it('gives an acronym the label of the longest name before it', () => {
    expect(mentions('Le Front populaire du Ouaddaï (FPO) a signé.')).toEqual(expect.arrayContaining(['Front populaire du Ouaddaï/ORG', 'FPO/ORG']));
  });

  it('finds a one-word group name in lower case, never a French word', () => {
    expect(mentions('Les talibans et les houthis ont réagi.')).toEqual(['talibans/ORG', 'houthis/ORG']);
    expect(mentions('La libération des otages.')).toEqual([]);
  });

  it('reads a word with an inner capital as an organisation', () => {
    expect(mentions('Le groupe pétrolier PetroNova a suspendu ses activités.')).toContain('PetroNova/ORG');
  });

  it('lets a name after `milices` yield to its reading as a person elsewhere', () => {
    const m = mentions('Le général Ali Kourma a parlé. Les milices Kourma ont attaqué Gao.');
    expect(m).not.toContain('Kourma/ORG');
    expect(mentions('Les miliciens Zargha ont attaqué Gao.')).toContain('Zargha/ORG');
  });
});

describe('times: general patterns', () => {
  it('reads compound number words, period edges, joined years and parts of day after a weekday', () => {
    const m = mentions(
      "Ils ont marché pendant trente-six heures depuis le début du mois, entre 2019 et 2021, jeudi à l'aube, jusqu'à la fin de l'année et le lendemain.",
    );
    expect(m).toEqual(
      expect.arrayContaining([
        'trente-six heures/TIME',
        'début du mois/TIME',
        '2019 et 2021/TIME',
        "jeudi à l'aube/TIME",
        "fin de l'année/TIME",
        'lendemain/TIME',
      ]),
    );
  });

  it('does not read `mettre fin à` or `la fin des combats` as a time', () => {
    expect(mentions('Il faut mettre fin à la crise.').filter((x) => x.endsWith('/TIME'))).toEqual([]);
  });
});

describe('triggers and arguments: general patterns', () => {
  it('knows movement and attack verbs, and idioms of no event', () => {
    expect(events('Les rebelles sont entrés dans Gao.').map((e) => e.ev)).toEqual(['Movement.Transport entrés']);
    expect(events('La trêve est entrée en vigueur lundi.').map((e) => e.ev)).toEqual(['Conflict.Ceasefire trêve']);
    expect(events("Les assaillants ont pris d'assaut la caserne.").map((e) => e.ev)).toEqual(["Conflict.Attack pris d'assaut"]);
  });

  it('never reads the preposition `entre` or `un marché` as a verb', () => {
    expect(events('Un accord entre les deux pays.')).toEqual([]);
    expect(events('Un marché très fréquenté.')).toEqual([]);
  });

  it('gives coordinated subjects the same role (et, dont, parmi lesquels)', () => {
    expect(events('Dix soldats et trois civils ont été tués.')[0].args).toEqual(['Victim=Dix soldats', 'Victim=trois civils']);
    expect(events('Douze personnes, dont cinq enfants, ont été tuées.')[0].args).toEqual(['Victim=Douze personnes', 'Victim=cinq enfants']);
  });
});
