import { describe, expect, it } from 'vitest';
import { mentions } from './test-helpers';

/** Extent conventions of the guidelines (section 1, "Extent"), on invented sentences. */
describe('mention extents', () => {
  it('keeps the model name of a weapon or vehicle in its noun phrase', () => {
    expect(mentions('Les assaillants étaient armés de fusils K72 et de grenades.')).toContain('fusils K72/WEA');
    expect(mentions('Des hélicoptères ZT-300 ont survolé la vallée.')).toContain('hélicoptères ZT-300/VEH');
    expect(mentions('Des avions Tupolev ont largué des bombes.')).toContain('avions Tupolev/VEH');
    expect(mentions('Des avions Tupolev ont largué des bombes.').some((m) => m.startsWith('Tupolev'))).toBe(false);
  });

  it('reads a weapon with a weapon complement, or a container of explosives, as one weapon', () => {
    expect(mentions('Un soldat a été blessé par un obus de mortier dans la nuit.')).toContain('un obus de mortier/WEA');
    expect(mentions('Ils ont frappé avec des drones chargés de grenades.')).toContain('drones chargés de grenades/WEA');
    expect(mentions("L'aviation a largué des barils d'explosifs sur le village.")).toContain("barils d'explosifs/WEA");
  });

  it('does not take a finite verb or a coordinated number as an adjective of the noun', () => {
    expect(mentions('Une frappe de drone tue deux bergers.')).toContain('drone/WEA');
    const m = mentions('Sept rebelles et deux soldats ont été tués lors des combats.');
    expect(m).toContain('Sept rebelles/PER');
    expect(m).toContain('deux soldats/PER');
  });

  it('keeps a bare de complement of a facility noun (compound noun)', () => {
    expect(mentions('Les miliciens ont attaqué un camp de réfugiés près de la frontière.')).toContain('un camp de réfugiés/FAC');
  });

  it('keeps the head noun of rivers, mountains and marshes, not of islands', () => {
    expect(mentions('Les déplacés ont traversé la rivière Kolo en pirogue.')).toContain('rivière Kolo/LOC');
    expect(mentions('Les rebelles se sont retranchés dans les marais de Tumbal après les combats.')).toContain('marais de Tumbal/LOC');
    expect(mentions('Les rebelles ont été bombardés dans les monts Zarak.')).toContain('monts Zarak/LOC');
  });

  it("takes nationality adjectives and `armée de l'air` into an organisation's nominal", () => {
    expect(mentions("L'armée philippine a attaqué le village.")).toContain('armée philippine/ORG');
    expect(mentions("L'armée de l'air a bombardé le village.")).toContain("armée de l'air/ORG");
  });

  it('keeps a bare de complement of any nominal head (compound noun), not a weapon in it', () => {
    expect(mentions('Des rebelles ont attaqué un train de marchandises près de la gare.')).toContain('un train de marchandises/VEH');
    expect(mentions("Un membre d'équipage a été tué dans l'attaque.")).toContain("Un membre d'équipage/PER");
    const m = mentions('Les soldats ont bombardé un dépôt de munitions hier.');
    expect(m).toContain('munitions/WEA');
  });

  it('lets an organisation name end with a nationality adjective before à/aux', () => {
    expect(mentions("Les combats opposent l'armée fédérale malienne aux rebelles touareg.")).toContain('armée fédérale malienne/ORG');
  });

  it('continues an organisation name with pour + article + common noun, not with a country or an infinitive', () => {
    expect(mentions('Selon le Fonds des Nations unies pour la population, 300 femmes ont fui.')).toContain('Fonds des Nations unies pour la population/ORG');
    expect(mentions('Le Conseil de sécurité pour la Libye a voté.')).toContain('Conseil de sécurité/ORG');
    expect(mentions("L'Union européenne a voté pour les sanctions.")).toContain('Union européenne/ORG');
  });

  it('keeps Spanish and Italian particles inside a place name, and common colour and voisin adjectives in the phrase', () => {
    expect(mentions('Les combats ont touché la province de Santa Cruz del Norte hier.')).toContain('Santa Cruz del Norte/GPE');
    expect(mentions("Les raids visaient les combattants de l'Armée verte, une milice.")).toContain('Armée verte/ORG');
    expect(mentions("Les habitants ont fui la ville et les villages voisins après l'attaque.")).toContain('villages voisins/GPE');
  });
});
