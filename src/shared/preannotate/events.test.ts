import { describe, expect, it } from 'vitest';
import { events, mentions } from './test-helpers';

describe('event triggers', () => {
  it('matches inflected verb forms by lemma (participles, present, future)', () => {
    expect(events('Les rebelles attaquent Goma.').map((e) => e.ev)).toEqual(['Conflict.Attack attaquent']);
    expect(events('La ville a été bombardée.').map((e) => e.ev)).toEqual(['Conflict.Attack bombardée']);
    expect(events('Trois soldats ont été tués.').map((e) => e.ev)).toEqual(['Life.Die tués']);
  });

  it('keeps `se` in the trigger when it stands just before the verb, not across the auxiliary', () => {
    expect(events('Les soldats se déploieront à Gao.')[0]).toMatchObject({ ev: 'Movement.Transport se déploieront', realis: 'other' });
    expect(events('Les troupes se sont emparées de Kidal.')[0]).toEqual({
      ev: 'Conflict.TakeControl emparées',
      args: ['Agent=troupes', 'Territory=Kidal'],
      realis: 'actual',
    });
  });

  it('matches nouns in the plural and multi-word triggers', () => {
    expect(events('Des frappes et un cessez-le-feu.').map((e) => e.ev)).toEqual(['Conflict.Attack frappes', 'Conflict.Ceasefire cessez-le-feu']);
    expect(events('Trois civils ont trouvé la mort.')[0]).toMatchObject({ ev: 'Life.Die trouvé la mort', args: ['Victim=Trois civils'] });
    expect(events('Les rebelles ont pris le contrôle de Kidal.')[0]).toMatchObject({ ev: 'Conflict.TakeControl pris le contrôle' });
  });

  it('does not read a verb form after a determiner as a verb (`le contrôle`)', () => {
    expect(events('La ville est sous le contrôle des rebelles.')).toEqual([]);
  });
});

describe('event arguments', () => {
  it('takes the subject and the object around a verb, through `la ville de X`', () => {
    expect(events('Les rebelles ont attaqué la ville de Goma mardi.')[0]).toEqual({
      ev: 'Conflict.Attack attaqué',
      args: ['Attacker=rebelles', 'Target=Goma', 'Time=mardi'],
      realis: 'actual',
    });
  });

  it('reads the passive with `par`: an actor is the agent, a weapon the instrument', () => {
    expect(events('Le convoi a été abattu par des drones armés.')[0].args).toEqual(['Instrument=drones armés', 'Target=convoi']);
  });

  it('reads `attaque de X contre Y`', () => {
    expect(events('Une attaque des milices contre la ville de Syrte a échoué.')[0].args).toEqual(['Attacker=milices', 'Target=Syrte']);
  });

  it('represents the forces of a named organisation by its name, but not the forces of a person', () => {
    expect(events("Les forces de l'OTAN ont bombardé Tripoli.")[0].args).toEqual(['Attacker=OTAN', 'Target=Tripoli']);
    expect(events('Les forces du maréchal Ali Benali ont bombardé Tripoli.')[0].args).toEqual(['Attacker=forces', 'Target=Tripoli']);
  });

  it('takes a number before `blessés` as the victims, and a place after `à`', () => {
    const found = events('À Gao, 12 soldats ont été tués et 20 blessés.');
    expect(found.map((e) => e.ev)).toEqual(['Life.Die tués', 'Life.Injure blessés']);
    expect(found[0].args).toEqual(['Victim=12 soldats']);
    expect(found[1].args).toEqual(['Victim=20']);
    expect(mentions('Ils se sont rendus à Gao.')).toEqual(['Gao/GPE']);
  });

  it('creates the nominal mentions that fill a role, and only those', () => {
    expect(mentions('Cinq militaires libyens ont trouvé la mort.')).toEqual(['Cinq militaires libyens/PER']);
    expect(mentions('Les militaires libyens ont déjeuné.')).toEqual([]);
  });
});

describe('realis', () => {
  it('is `other` after `pour`, a call, a modal or a negation, `actual` otherwise', () => {
    expect(events('Ils lancent une offensive pour libérer Mossoul.').map((e) => e.realis)).toEqual(['actual', 'other']);
    expect(events("L'ONU appelle à un cessez-le-feu.")[0].realis).toBe('other');
    expect(events("Les rebelles n'ont pas attaqué la ville.")[0].realis).toBe('other');
    expect(events('Les rebelles ont attaqué la ville.')[0].realis).toBe('actual');
  });
});
