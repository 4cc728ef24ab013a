/**
 * Rules added for the classes of error found on real published news (issue 16), each on an invented sentence.
 */
import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

describe('people without a name', () => {
  it('reads a number and a casualty noun as one mention of people, the noun its trigger', () => {
    expect(events('Le bilan fait état de trois blessés légers.')[0]).toMatchObject({ ev: 'Life.Injure blessés', args: ['Victim=trois blessés légers'] });
    expect(events("L'accident a fait un mort.")[0]).toMatchObject({ ev: 'Life.Die mort', args: ['Victim=un mort'] });
    expect(events('On compte 1.204 morts.')[0]).toMatchObject({ args: ['Victim=1.204 morts'] });
    expect(events('Le choc a fait plusieurs blessés.')[0]).toMatchObject({ args: ['Victim=blessés'] });
  });

  it('keeps the bare number when it stands for the people of an elliptic second clause', () => {
    const found = events('Dix personnes sont mortes et 12 blessées.');
    expect(found.find((e) => e.ev === 'Life.Injure blessées')?.args).toEqual(['Victim=12']);
  });

  it('knows everyday nouns of people: descriptions, relatives, drivers', () => {
    expect(events('Un individu a blessé le chauffeur.')[0].args).toEqual(['Agent=Un individu', 'Victim=chauffeur']);
    expect(events('Son grand-père a été blessé.')[0].args).toEqual(['Victim=grand-père']);
  });

  it('does not take adjectives of the same spelling for people (`combats meurtriers`, `pays voisins`)', () => {
    expect(mentions('Des combats meurtriers ont eu lieu.')).not.toContain('meurtriers/PER');
  });
});

describe('everyday vehicles and places of events', () => {
  it('reads coaches, lorries, vans and saloons as vehicles', () => {
    expect(mentions('Un car scolaire et un semi-remorque ont percuté une berline et un fourgon.')).toEqual([
      'Un car scolaire/VEH',
      'un semi-remorque/VEH',
      'une berline/VEH',
      'un fourgon/VEH',
    ]);
  });

  it('reads a bar or an establishment attacked as a facility', () => {
    expect(events('Un homme a attaqué un bar.')[0].args).toContain('Target=un bar');
  });
});

describe('triggers of real news', () => {
  it('reads `perdre la vie`, `coups de couteau`, `exécution`, `a explosé`, `riposté` as events', () => {
    expect(events('Deux passants ont perdu la vie.')[0]).toMatchObject({ ev: 'Life.Die perdu la vie', args: ['Victim=Deux passants'] });
    expect(events('Il a porté des coups de couteau.').map((e) => e.ev)).toContain('Conflict.Attack coups');
    expect(events("L'exécution du prisonnier a choqué.").map((e) => e.ev)).toEqual(['Life.Die exécution']);
    expect(events('Une bombe a explosé.').map((e) => e.ev)).toEqual(['Conflict.Attack explosé']);
    expect(events('Les soldats ont riposté.').map((e) => e.ev)).toEqual(['Conflict.Attack riposté']);
  });

  it('reads crossing a border and fleeing as movements', () => {
    expect(events('Des soldats ont franchi la frontière.').map((e) => e.ev)).toEqual(['Movement.Transport franchi']);
    expect(events("L'agresseur a pris la fuite.").map((e) => e.ev)).toEqual(['Movement.Transport pris la fuite']);
  });
});

describe('times of real news', () => {
  it('reads French clock times, alone or with a part of the day', () => {
    expect(mentions('Vers 21 h 45, puis à 0 h 40 et à 14h30.')).toEqual(['21 h 45/TIME', '0 h 40/TIME', '14h30/TIME']);
    expect(mentions('Il était 5h45 du matin.')).toEqual(['5h45 du matin/TIME']);
    expect(mentions('Ils sont arrivés lundi vers 22 h 30.')).toEqual(['lundi/TIME', '22 h 30/TIME']);
    expect(mentions("L'assaut a été donné vers minuit.")).toEqual(['minuit/TIME']);
  });

  it('leaves the demonstrative out of `ce matin`, `cet après-midi`', () => {
    expect(mentions('Il est parti cet après-midi.')).toEqual(['après-midi/TIME']);
  });

  it('reads a date followed by `dernier`/`prochain` and `l’année 2016` as one time', () => {
    expect(mentions("L'élection aura lieu le 30 octobre prochain.")).toEqual(['30 octobre prochain/TIME']);
    expect(mentions("Au cours de l'année 2016, rien.")).toEqual(['année 2016/TIME']);
  });

  it('does not read an age after `avoir` as a time (`il aurait 29 ans`)', () => {
    expect(mentions('Il aurait 29 ans.')).toEqual([]);
  });
});

describe('French departments and regions', () => {
  it('reads a department or a region as a GPE, also after an article', () => {
    expect(mentions('Un accident a eu lieu dans le Doubs, en Haute-Savoie et en Bretagne.')).toEqual(['Doubs/GPE', 'Haute-Savoie/GPE', 'Bretagne/GPE']);
    expect(mentions("Ils habitent dans les Côtes-d'Armor.")).toEqual(["Côtes-d'Armor/GPE"]);
  });
});

describe('small French towns', () => {
  it('reads a name followed by its department in brackets as a GPE', () => {
    expect(mentions('Le drame a eu lieu à Brouzet-lès-Alès (30) et à Saint-Ours (Savoie).')).toEqual(['Brouzet-lès-Alès/GPE', 'Saint-Ours/GPE', 'Savoie/GPE']);
  });

  it('keeps a known town after `quartier de` a GPE', () => {
    expect(mentions('Il vivait dans un quartier de Sartrouville.')).toEqual(['Sartrouville/GPE']);
  });
});

describe('roads and streets', () => {
  it('reads numbered roads as LOC, never as organisations', () => {
    expect(mentions("L'accident s'est produit sur la RN 12 puis sur la route départementale 45 et la départementale 8.")).toEqual([
      'RN 12/LOC',
      'route départementale 45/LOC',
      'départementale 8/LOC',
    ]);
  });

  it('keeps the head of a street or a square in its name', () => {
    expect(mentions('Il habitait rue de la Paix, près du boulevard Haussmann et de la Place de la Bastille.')).toEqual([
      'rue de la Paix/LOC',
      'boulevard Haussmann/LOC',
      'Place de la Bastille/LOC',
    ]);
  });

  it('does not read `à la place de` + a person as a square', () => {
    expect(mentions('Le ministre a parlé à la place de Jean Dupont.')).toEqual(['Jean Dupont/PER']);
  });
});

describe('arguments of real news', () => {
  it('gives coordinated deaths and injuries the same place and time', () => {
    const found = events('Deux morts et quatre blessés ont été dénombrés à Sarrebourg ce matin.');
    for (const ev of found) expect(ev.args).toEqual(expect.arrayContaining(['Place=Sarrebourg', 'Time=matin']));
    expect(found.map((e) => e.ev)).toEqual(['Life.Die morts', 'Life.Injure blessés']);
  });

  it('reads `viser` as an attack, not `viser à` + an aim', () => {
    expect(events('Un kamikaze a visé un hôtel.')[0]).toMatchObject({ ev: 'Conflict.Attack visé', args: ['Attacker=Un kamikaze', 'Target=un hôtel'] });
    expect(events('Ces mesures visent à rassurer.')).toEqual([]);
  });
});

describe('arguments across relative clauses', () => {
  it('takes the antecedent of `qui` as the subject, inside the clause and after it', () => {
    expect(events('Le convoi, qui transportait des soldats, a été attaqué par des rebelles.')[1]).toMatchObject({
      ev: 'Conflict.Attack attaqué',
      args: ['Attacker=rebelles', 'Target=convoi'],
    });
    expect(events("L'homme qui a tué deux passantes a été abattu par des militaires.")).toEqual([
      { ev: 'Life.Die tué', args: ['Agent=homme', 'Victim=deux passantes'], realis: 'actual' },
      { ev: 'Conflict.Attack abattu', args: ['Attacker=militaires', 'Target=homme'], realis: 'actual' },
    ]);
  });

  it('keeps coordinated victims of a passive together', () => {
    expect(events('Un capitaine de police et sa femme ont été tués.')[0].args).toEqual(['Victim=Un capitaine de police', 'Victim=femme']);
  });
});

describe('headlines and datelines', () => {
  it('does not take the dateline date as the time of the events after it', () => {
    const found = events('12 mars 2019. – Trois soldats ont été tués à Gao.');
    expect(found[0].args).toEqual(['Place=Gao', 'Victim=Trois soldats']);
  });

  it('does not take the topic country of a headline as a subject', () => {
    expect(events('Portugal : attaque contre une caserne')[0].args).toEqual(['Target=une caserne']);
  });

  it('reads an acronym in capitals as a name, not as the noun of a trigger (`le RAID`)', () => {
    expect(events("L'assaut a été donné par le RAID.").map((e) => e.ev)).toEqual(['Conflict.Attack assaut']);
  });
});

describe('titles, honorifics and datelines', () => {
  it('starts a person after the complement of a title, at the first name', () => {
    expect(mentions("Le ministre de l'Intérieur Jean Dupont a parlé.")).toEqual(['Jean Dupont/PER']);
  });

  it('leaves an honorific out of the person and keeps a particle inside it', () => {
    expect(mentions('Mme Durand a remercié Jean de La Tour.')).toEqual(['Durand/PER', 'Jean de La Tour/PER']);
  });

  it('reads a dateline in capitals as the town', () => {
    expect(mentions('SAINT-AFFRIQUE. Un homme a été tué.')[0]).toBe('SAINT-AFFRIQUE/GPE');
  });
});

describe('more times and people', () => {
  it('reads `hier soir` and `les dernières 48 heures` as one time each, an age in apposition as none', () => {
    expect(mentions('Paul Girard, 34 ans, a été blessé hier soir.')).toEqual(['Paul Girard/PER', 'hier soir/TIME']);
    expect(mentions('Les dernières 48 heures ont été calmes.')).toEqual(['dernières 48 heures/TIME']);
  });

  it('keeps a common-noun complement in a nominal of people, not a group or a named one', () => {
    expect(events('Six membres du commando ont été tués.')[0].args).toEqual(['Victim=Six membres du commando']);
    expect(events('Deux membres de la famille ont été blessés.')[0].args).toEqual(['Victim=Deux membres de la famille']);
  });
});

describe('people named after their vehicle, operations, parties', () => {
  it('keeps the vehicle inside a driver or a passenger, as a mention of its own', () => {
    expect(mentions('Un chauffeur de bus a été blessé.')).toEqual(['Un chauffeur de bus/PER', 'bus/VEH']);
  });

  it('reads no entity in the name of a military operation', () => {
    expect(mentions("Des militaires de l'opération Sentinelle patrouillent.")).toEqual([]);
  });

  it('reads a party named by its members as an organisation when it fills a role', () => {
    expect(events('Les travaillistes ont manifesté.')[0].args).toEqual(['Demonstrator=travaillistes']);
  });
});
