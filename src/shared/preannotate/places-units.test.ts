import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

// Invented sentences (no name from any gold set): rules of French news writing for places and units.
describe('names: administrative divisions and region names', () => {
  it('reads the complement of district, province, canton, territoire as a GPE, and keeps it in the document', () => {
    expect(mentions('Les combats ont touché le district de Moukanda.')).toContain('Moukanda/GPE');
    expect(mentions("Il vit dans le district d'Ourfane Kelo.")).toContain('Ourfane Kelo/GPE');
    expect(mentions('Des renforts ont été envoyés dans le canton de Bessoumi.')).toContain('Bessoumi/GPE');
    expect(mentions('Le territoire du Haut-Bandal reste instable.')).toContain('Haut-Bandal/GPE');
    const doc = mentions('Le district de Tanbali est calme. Les blessés sont arrivés à Tanbali.');
    expect(doc.filter((m) => m.startsWith('Tanbali/'))).toEqual(['Tanbali/GPE', 'Tanbali/GPE']);
  });

  it('keeps a direction adjective after a region name', () => {
    expect(mentions('Des heurts ont eu lieu dans la province du Moyen-Tandé oriental.')).toContain('Moyen-Tandé oriental/GPE');
    expect(mentions('La sécheresse frappe le Kenya septentrional.')).toContain('Kenya septentrional/GPE');
  });
});

describe('names: place cues for unknown capitalised names', () => {
  it('reads venu(e)s de, originaire de and depuis as place cues', () => {
    expect(mentions('Des hommes armés, venus de Kossala, ont attaqué.')).toContain('Kossala/GPE');
    expect(mentions("Une femme originaire d'Ambéri a témoigné.")).toContain('Ambéri/GPE');
    expect(mentions('Des renforts ont été envoyés depuis Tagoumi.')).toContain('Tagoumi/GPE');
  });

  it('gives an unknown name coordinated with a place the place label', () => {
    expect(mentions('Les districts de Bouaké et de Moukra ont été touchés.')).toEqual(expect.arrayContaining(['Bouaké/GPE', 'Moukra/GPE']));
    expect(mentions('La route qui relie Tessaoua et Dakoro est coupée.')).toEqual(expect.arrayContaining(['Dakoro/GPE']));
    expect(mentions('Les heurts ont éclaté entre Moukra et Bamako.')).toEqual(expect.arrayContaining(['Moukra/GPE', 'Bamako/GPE']));
  });
});

describe('names: military units and group names', () => {
  it('reads an ordinal before a military unit as an organisation', () => {
    expect(mentions("Le porte-parole du 12e corps d'armée a parlé.")).toContain("12e corps d'armée/ORG");
    expect(mentions('Le 3e bataillon a été déployé.')).toContain('3e bataillon/ORG');
  });

  it('reads a plural capitalised name acting after `les` as a weak gang name, never a people', () => {
    expect(mentions('Les Chacales ont attaqué la prison. Un juge enquêtait sur les Chacales.')).toEqual(
      expect.arrayContaining(['Chacales/ORG', 'Chacales/ORG']),
    );
    expect(mentions('Le quartier, contrôlé par les Pumas, est bouclé.')).toContain('Pumas/ORG');
    expect(mentions('Les Ouzbeks ont attaqué.')).not.toContain('Ouzbeks/ORG');
  });

  it('reads a Capitalised-e-Capitalised name as an organisation', () => {
    expect(mentions('Le groupe a été lié au Harkat-ul-Ansar.')).toContain('Harkat-ul-Ansar/ORG');
  });
});

describe('names: long names and facilities', () => {
  it('extends an organisation name to the acronym that spells its first words', () => {
    const m = mentions("Le Service national d'aide aux familles déplacées (SNAF) a réagi.");
    expect(m).toEqual(expect.arrayContaining(["Service national d'aide aux familles déplacées/ORG", 'SNAF/ORG']));
    expect(mentions("La branche armée de l'Organisation pour une Ruritanie libre (ORL) a revendiqué.")).toEqual(
      expect.arrayContaining(['Organisation pour une Ruritanie libre/ORG', 'Ruritanie/GPE', 'ORL/ORG']),
    );
  });

  it('keeps a bare qualifier inside a facility name before its place', () => {
    expect(mentions("Les blessés ont été évacués vers l'hôpital de district de Kandala.")).toEqual(
      expect.arrayContaining(['hôpital de district de Kandala/FAC', 'Kandala/GPE']),
    );
    expect(mentions('Ils ont été transférés vers la prison de haute sécurité de Porto Nuevo.')).toContain('prison de haute sécurité de Porto Nuevo/FAC');
  });

  it('keeps the direction adjective of a region nested in an organisation name', () => {
    expect(mentions("L'Armée de libération de Ruritanie occidentale (ALRO) a attaqué.")).toContain('Ruritanie occidentale/GPE');
  });
});

describe('nominals: elliptic victims and people', () => {
  it('takes the number phrase of an elliptic coordination as the victims', () => {
    const ev = events('Trois policiers ont été tués et quatre autres blessés mardi.');
    expect(ev.find((e) => e.ev === 'Life.Injure blessés')?.args).toContain('Victim=quatre autres');
    expect(events('Un gardien a été tué et un deuxième grièvement blessé.').find((e) => e.ev === 'Life.Injure blessé')?.args).toContain('Victim=un deuxième');
    expect(events('Dix personnes ont été tuées et une vingtaine blessées.').find((e) => e.ev === 'Life.Injure blessées')?.args).toContain(
      'Victim=une vingtaine',
    );
  });

  it('stops a group of people before a participle with a de-complement, keeps an adjective of way of life', () => {
    expect(mentions("Une dizaine d'assaillants armés de machettes ont attaqué le village.")).toContain("Une dizaine d'assaillants/PER");
    expect(events('Des éleveurs nomades ont attaqué des cultivateurs.')[0].args).toEqual(
      expect.arrayContaining(['Attacker=éleveurs nomades', 'Target=cultivateurs']),
    );
  });

  it('reads a prison wing, a penitentiary and huts as facilities', () => {
    expect(events('Les détenus ont attaqué le pavillon 3.')[0].args).toContain('Target=pavillon 3');
    expect(events('Les assaillants ont incendié une cinquantaine de cases.')[0].args).toContain('Target=une cinquantaine de cases');
  });
});

describe('nominals and times: small extent rules', () => {
  it('keeps a valent adjective before a place or time preposition, stops before a coordinated event participle', () => {
    expect(events('Les habitants ont fui les villages voisins depuis lundi.')[0].args).toContain('Origin=villages voisins');
    expect(mentions("Ils ont tiré à l'arme lourde et incendié le marché.")).toContain('arme lourde/WEA');
  });

  it('keeps the number of a road, reads axes and bows as weapons, and a month after en/depuis', () => {
    expect(events('Des rebelles ont attaqué un bus sur la route nationale 12B.')[0].args).toContain('Place=route nationale 12B');
    expect(mentions('Ils ont riposté avec des arcs et des haches.')).toEqual(['arcs/WEA', 'haches/WEA']);
    expect(mentions('Ils avaient signé en mars une trêve.')).toContain('mars/TIME');
    expect(mentions('Il a dit mars.')).not.toContain('mars/TIME');
  });
});

describe('triggers: a control participle in apposition is a state', () => {
  it('reads `X, contrôlé par les Y` as no event, `X a été contrôlé par` still as one', () => {
    expect(events('Les détenus ont attaqué le bloc 4, contrôlé par les Pumas.').map((e) => e.ev)).toEqual(['Conflict.Attack attaqué']);
  });
});

describe('names: prisons', () => {
  it('reads a penitentiary with its name as a facility', () => {
    expect(mentions('Des affrontements ont eu lieu au pénitencier du Rocher, à Lima.')).toContain('pénitencier du Rocher/FAC');
  });
});

describe('nominals: the wounded, superlatives, coordinated complements', () => {
  it('reads `les blessés` as people moved, not as a new injury, with a superlative after the noun', () => {
    expect(events('Les blessés les plus graves ont été évacués vers Kandala.')).toEqual([
      { ev: 'Movement.Transport évacués', args: ['Artifact=blessés les plus graves', 'Destination=Kandala'], realis: 'actual' },
    ]);
    expect(events('Trois civils ont été tués et plusieurs blessés.').map((e) => e.ev)).toContain('Life.Injure blessés');
  });

  it('keeps an -ou adjective of origin and links the people across two coordinated means', () => {
    expect(mentions('Une attaque de rebelles papous à Kandala.')).toContain('rebelles papous/PER');
    expect(events("Une vingtaine d'assaillants armés de fusils et de haches ont attaqué le village.")[0].args).toContain(
      "Attacker=Une vingtaine d'assaillants",
    );
  });
});
