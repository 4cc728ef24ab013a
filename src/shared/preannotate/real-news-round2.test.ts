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

describe('times of real news', () => {
  it('reads French clock times with one-digit minutes and a span counted back', () => {
    expect(mentions('Le communiqué est parti vers 15 h 8.')).toEqual(['15 h 8/TIME']);
    expect(mentions('Le même homme, 1 h 30 auparavant, avait parlé.')).toContain('1 h 30 auparavant/TIME');
  });

  it('joins a deictic and its weekday, and anchors `lendemain` on the event it follows', () => {
    expect(mentions('Des rixes ont éclaté depuis hier jeudi.')).toEqual(['hier jeudi/TIME']);
    expect(mentions('Au lendemain du drame, la ville se tait.')).toContain('lendemain du drame/TIME');
  });

  it('reads the middle of a day, a part of the day after any preposition, an ordinal day or night', () => {
    expect(mentions('Il a parlé en pleine nuit, à la mi-journée, avant l’aube.')).toEqual(['pleine nuit/TIME', 'mi-journée/TIME', 'aube/TIME']);
    expect(mentions('Pendant la deuxième nuit, le calme est revenu.')).toEqual(['deuxième nuit/TIME']);
  });

  it('spans a night between two dated weekdays, successive nights and a season with its year', () => {
    expect(mentions('Cela est arrivé dans la nuit du vendredi 7 au samedi 8 mars.')).toEqual(['nuit du vendredi 7 au samedi 8 mars/TIME']);
    expect(mentions('La ville a connu trois nuits successives de colère, à l’été 2014.')).toEqual(['trois nuits successives/TIME', 'été 2014/TIME']);
  });

  it('takes a range of ages after `âgés entre` for no time and leaves it out of the people', () => {
    expect(mentions('Des migrants âgés entre 15 et 17 ans ont été blessés.')).toEqual(['migrants/PER']);
  });
});

describe('named buildings and places', () => {
  it('opens a facility name on a capitalised adjective before its head (`la Grande Mosquée de X`)', () => {
    expect(mentions('Une bombe a explosé devant la Grande Mosquée de Tulle.')).toContain('Grande Mosquée de Tulle/FAC');
  });

  it('reads cafés, schools and town halls followed by their name as facilities', () => {
    expect(mentions('Il a tiré dans le collège Jean-Moulin puis devant le café Soleil.')).toEqual(
      expect.arrayContaining(['collège Jean-Moulin/FAC', 'café Soleil/FAC']),
    );
  });

  it('reads English names ending in a building or street word as FAC or LOC', () => {
    expect(mentions('Une camionnette a roulé sur le Tower Bridge, puis vers Camden Market et le Grand Hotel.')).toEqual(
      expect.arrayContaining(['Tower Bridge/FAC', 'Camden Market/LOC', 'Grand Hotel/FAC']),
    );
  });

  it('reads `quartier X` as a district even when a town has that name', () => {
    expect(mentions('Au quartier Vichy, des voitures ont brûlé.')).toContain('Vichy/LOC');
    expect(mentions('Il habitait un quartier de Roanne.')).toContain('Roanne/GPE');
  });
});

describe('triggers of real news', () => {
  it('reads a vehicle that rams people, an assault and brawls as attacks', () => {
    expect(events('Un camion a foncé sur la foule à Nîmes.')[0]).toMatchObject({
      ev: 'Conflict.Attack foncé',
      args: ['Instrument=Un camion', 'Place=Nîmes', 'Target=foule'],
    });
    expect(events('Un inconnu a agressé un passant.')[0].ev).toBe('Conflict.Attack agressé');
    expect(events('Des rixes ont éclaté entre migrants.')[0].ev).toBe('Conflict.Attack rixes');
  });

  it('reads fixed phrases that start on a light verb (`a fait feu`, `mis à feu`, `a coûté la vie à`)', () => {
    expect(events('Ensuite, un policier a fait feu sur le suspect.')[0]).toMatchObject({
      ev: 'Conflict.Attack fait feu',
      args: ['Attacker=un policier', 'Target=suspect'],
    });
    expect(events('Sept bâtiments ont été mis à feu.')[0]).toMatchObject({ ev: 'Conflict.Attack mis à feu', args: ['Target=Sept bâtiments'] });
    expect(events("L'explosion a coûté la vie à 12 personnes.").find((e) => e.ev.startsWith('Life.Die'))?.args).toEqual(['Victim=12 personnes']);
  });

  it('takes `attentat suicide` as one trigger and leaves `fait exploser` to its verb', () => {
    expect(events('Un attentat suicide a eu lieu.')[0].ev).toBe('Conflict.Attack attentat suicide');
    expect(events('Il s’est fait exploser dans le hall.')[0].ev).toBe('Conflict.Attack exploser');
  });
});

describe('victims of real news', () => {
  it('keeps a number of a group in the mention (`un des assaillants`, `cinq des policiers`)', () => {
    expect(events('La police a abattu un des assaillants.')[0].args).toEqual(['Attacker=police', 'Target=un des assaillants']);
    expect(mentions("Il a tiré sur l'un des policiers.")).toEqual(['un des policiers/PER']);
  });

  it('makes the people listed after a count of casualties its victims', () => {
    expect(events('Il y a eu trois blessés (un gendarme, un passant et le tireur).')[0].args).toEqual([
      'Victim=tireur',
      'Victim=trois blessés',
      'Victim=un gendarme',
      'Victim=un passant',
    ]);
    expect(events("L'accident a fait neuf morts : 6 passagers et 3 employés.")[0].args).toEqual([
      'Victim=3 employés',
      'Victim=6 passagers',
      'Victim=neuf morts',
    ]);
  });
});

describe('what a vehicle holds and who it belongs to', () => {
  it('keeps the load of a vehicle in its extent, the weapon nested', () => {
    expect(mentions("Une voiture remplie d'explosifs a explosé.")).toEqual(["Une voiture remplie d'explosifs/VEH", 'explosifs/WEA']);
  });

  it('keeps a common-noun owner in the extent of a vehicle; the owner is the attacker when the vehicle attacks', () => {
    expect(mentions('Deux wagons du train ont déraillé.')).toEqual(['Deux wagons du train/VEH']);
    expect(events("Des hélicoptères de l'armée ont bombardé la ville.")[0].args).toEqual([
      'Attacker=armée',
      "Instrument=hélicoptères de l'armée",
      'Target=ville',
    ]);
  });

  it('leaves the owner out of the mentions when it fills no role', () => {
    expect(mentions("Un bus de l'armée roulait vers le nord.")).toEqual(["Un bus de l'armée/VEH"]);
  });
});

describe('numbers of people and words that only look like people', () => {
  it('keeps a range of numbers in a mention of people', () => {
    expect(events("Trois à quatre personnes ont pénétré dans l'hôtel.")[0].args).toContain('Artifact=Trois à quatre personnes');
  });

  it('reads a number of others as people when no noun follows (`40 autres ont été blessés`)', () => {
    expect(events('Dix soldats ont été tués. 40 autres ont été blessés.')[1]).toMatchObject({ ev: 'Life.Injure blessés', args: ['Victim=40 autres'] });
  });

  it('reads a people noun in -iste or -aire right after a noun as its adjective (`attaques terroristes`)', () => {
    expect(mentions("Une série d'attaques terroristes a frappé la ville.")).not.toContain('terroristes/PER');
    expect(events('Des terroristes ont frappé la ville.')[0].args).toContain('Attacker=terroristes');
  });

  it('takes a time zone for no organisation', () => {
    expect(mentions('Il est arrivé vers 14 h UTC.')).toEqual(['14 h/TIME']);
  });
});

describe('roads, districts and adjectives of places', () => {
  it('names a numbered motorway or road by its number, and a numbered district', () => {
    expect(mentions("Le car roulait sur l'autoroute 3.")).toEqual(['car/VEH', 'autoroute 3/LOC']);
    expect(mentions('Il habite le 19e arrondissement de Lyon.')).toEqual(['19e arrondissement/LOC', 'Lyon/GPE']);
  });

  it('keeps adjectives of faith, of public use and of nearness after a facility noun', () => {
    expect(events('Deux mosquées sunnites ont été visées.')[0].args).toEqual(['Target=Deux mosquées sunnites']);
    expect(events('Sept bâtiments publics ont été incendiés.')[0].args).toEqual(['Target=Sept bâtiments publics']);
  });
});

describe('facilities described by a complement', () => {
  it('keeps a common-noun complement in a facility nominal', () => {
    expect(events("Ils se sont fait exploser dans un terminal de l'aéroport.")[0].args).toEqual(["Place=un terminal de l'aéroport"]);
    expect(events('Un attentat a eu lieu près du siège des services des renseignements afghans.')[0].args).toEqual([
      'Place=siège des services des renseignements afghans',
    ]);
  });

  it('leaves people and countries after a facility out of it', () => {
    expect(mentions('Ils ont détruit un poste de commandement des rebelles.')).toContain('un poste de commandement/FAC');
    expect(mentions('Des détenus ont été tués dans les prisons du pays.')).toContain('prisons/FAC');
  });
});

describe('organisations with foreign or long names', () => {
  it('reads names opened by a transliterated Arabic word for a group as organisations, with their glued articles', () => {
    expect(mentions('Les attaques sont revendiquées par le Jamaat Nasr al-Fajr wal-Moudjahidin, un groupe jihadiste.')).toContain(
      'Jamaat Nasr al-Fajr wal-Moudjahidin/ORG',
    );
    expect(mentions('Les combattants de Harakat Ansar al-Din ont attaqué.')).toContain('Harakat Ansar al-Din/ORG');
  });

  it('keeps a second coordinated complement in an organisation name', () => {
    expect(mentions('Le Parti de la liberté et du progrès a gagné.')).toEqual(['Parti de la liberté et du progrès/ORG']);
  });
});

describe('groups and ministries', () => {
  it('reads a group of people as people, an armed group as an organisation', () => {
    expect(events('Il a foncé sur un groupe de militaires.')[0].args).toEqual(['Target=un groupe de militaires']);
    expect(mentions("Deux groupes d'assaillants ont attaqué l'ambassade.")).toContain("Deux groupes d'assaillants/PER");
    expect(mentions('Un groupe armé a attaqué le village.')).toContain('Un groupe armé/ORG');
  });

  it('finds no place in the name of a ministry', () => {
    expect(mentions('Le ministère du Transport a ouvert une enquête.')).toEqual(['ministère du Transport/ORG']);
  });

  it('leaves `âgé d’une quarantaine d’années` out of a noun phrase, whatever the apostrophe', () => {
    expect(mentions('Un gendarme âgé d’une quarantaine d’années a été blessé.')).toContain('Un gendarme/PER');
  });
});

describe('complements of people', () => {
  it('splits off a complement that is named after its noun (`militaires de l’opération X`)', () => {
    expect(events("Un homme a foncé sur quatre militaires de l'opération Cerbère.")[0].args).toEqual(['Attacker=Un homme', 'Target=quatre militaires']);
  });

  it('leaves `présents sur place` out of the people', () => {
    expect(events('Des tirs ont eu lieu avec les gardes présents sur place.')[0].args).toEqual(['Target=gardes']);
  });
});

describe('spans and vehicles of everyday news', () => {
  it('marks a span counted from a moment told, the last years and an approximate span', () => {
    expect(mentions('Une demi-heure plus tard, le calme est revenu.')).toEqual(['Une demi-heure plus tard/TIME']);
    expect(mentions('Il survient une semaine après la fête.')).toEqual(['une semaine/TIME']);
    expect(mentions('Dans les dernières années, la ville a changé.')).toEqual(['dernières années/TIME']);
    expect(mentions('Il avait été hospitalisé il y a environ un an.')).toEqual(['environ un an/TIME']);
    expect(mentions('Il y a un jour de cela.')).toEqual([]);
  });

  it('splits two coordinated vehicles, reads a van as a vehicle and `en train de` as no train', () => {
    expect(mentions('Collision entre train et locomotive.')).toEqual(['train/VEH', 'locomotive/VEH']);
    expect(mentions('Un van blanc est passé.')).toEqual(['Un van blanc/VEH']);
    expect(mentions('Ils étaient en train de pique-niquer.')).toEqual([]);
    expect(events('Quelque 900 militaires et policiers ont été blessés.')[0].args).toEqual(['Victim=900 militaires et policiers']);
  });
});

describe('French towns', () => {
  it('finds a town whose name starts with an article contracted with à or de (`au Chambon-Feugerolles`, `au Havre`)', () => {
    expect(mentions('Il a été hospitalisé au Chambon-Feugerolles.')).toEqual(['Chambon-Feugerolles/GPE']);
    expect(mentions('Il est arrivé au Havre.')).toContain('Havre/GPE');
  });

  it('reads the complement of a local institution as its town (`le parquet de X`)', () => {
    expect(mentions('Une enquête a été ouverte par le parquet de Trouville.')).toEqual(['Trouville/GPE']);
    expect(mentions('Ils ont été transportés vers les hôpitaux de Trouville et de Lisieux.')).toEqual(expect.arrayContaining(['Trouville/GPE', 'Lisieux/GPE']));
  });
});
