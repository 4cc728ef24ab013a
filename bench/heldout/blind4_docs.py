# Fifth held-out set (blind4): three wire-style articles (Nigeria, Cameroon, Pakistan), written and annotated by
# hand by the guidelines after the blind3 study, before the pre-annotator was run on them; run once, never tuned on.
DOCS = [
 ("blind4_nigeria",
  "Nigeria : au moins 40 villageois tués par des hommes armés dans l'État de Zamfara\n\n"
  "Lagos, 3 février (AFP) — Au moins 40 villageois ont été tués samedi soir par des hommes armés venus à moto dans le village de Kadawa, dans l'État de Zamfara, au nord-ouest du Nigeria, a annoncé dimanche la police locale. Les assaillants, que les autorités désignent sous le nom de « bandits », ont incendié des dizaines de maisons et enlevé une trentaine de femmes, selon le porte-parole de la police de l'État, Yazid Abubakar.\n\n"
  "« Ils ont tiré sur tout ce qui bougeait », a raconté Lawal Sani, un agriculteur qui a pu s'enfuir dans la forêt voisine avec ses quatre enfants. Le gouverneur Dauda Lawal a condamné une « attaque barbare » et annoncé l'envoi de renforts.\n\n"
  "Dans l'État voisin de Borno, des combattants de l'Iswap, la branche ouest-africaine du groupe État islamique, ont attaqué mercredi une base militaire à Malam-Fatori, près de la frontière avec le Niger, tuant sept soldats, a indiqué une source sécuritaire. L'armée de l'air nigériane a mené jeudi des frappes contre leurs positions sur les rives du lac Tchad.\n\n"
  "Le président Bola Tinubu s'est rendu vendredi à Maiduguri, où il a rencontré les chefs traditionnels de la région.",
  [("Nigeria","GPE",0),("40 villageois","PER",0),("hommes armés","PER",0),("Zamfara","GPE",0),
   ("Lagos","GPE",0),("3 février","TIME",0),("AFP","ORG",0),("40 villageois","PER",1),("samedi soir","TIME",0),("hommes armés","PER",1),("moto","VEH",0),("Kadawa","GPE",0),("Zamfara","GPE",1),
   ("Nigeria","GPE",1),("dimanche","TIME",0),("assaillants","PER",0),("dizaines de maisons","FAC",0),("Yazid Abubakar","PER",0),
   ("Lawal Sani","PER",0),("quatre enfants","PER",0),("forêt voisine","LOC",0),("Dauda Lawal","PER",0),("renforts","PER",0),
   ("Borno","GPE",0),("Iswap","ORG",0),("État islamique","ORG",0),("mercredi","TIME",0),("une base militaire","FAC",0),("Malam-Fatori","GPE",0),("Niger","GPE",0),("sept soldats","PER",0),
   ("armée de l'air nigériane","ORG",0),("jeudi","TIME",0),("positions","LOC",0),("lac Tchad","LOC",0),
   ("Bola Tinubu","PER",0),("vendredi","TIME",0),("Maiduguri","GPE",0),("chefs traditionnels","PER",0)],
  [("tués",0,"Life.Die","actual",[("Victim","40 villageois",0),("Agent","hommes armés",0),("Place","Zamfara",0)]),
   ("tués",1,"Life.Die","actual",[("Victim","40 villageois",1),("Agent","hommes armés",1),("Time","samedi soir",0),("Place","Kadawa",0),("Place","Zamfara",1)]),
   ("venus",0,"Movement.Transport","actual",[("Artifact","hommes armés",1)]),
   ("incendié",0,"Conflict.Attack","actual",[("Attacker","assaillants",0),("Target","dizaines de maisons",0)]),
   ("tiré",0,"Conflict.Attack","actual",[]),
   ("enfuir",0,"Movement.Transport","actual",[("Artifact","Lawal Sani",0),("Artifact","quatre enfants",0),("Destination","forêt voisine",0)]),
   ("attaque",0,"Conflict.Attack","actual",[]),
   ("envoi",0,"Movement.Transport","other",[("Artifact","renforts",0)]),
   ("attaqué",0,"Conflict.Attack","actual",[("Attacker","Iswap",0),("Target","une base militaire",0),("Place","Malam-Fatori",0),("Time","mercredi",0)]),
   ("tuant",0,"Life.Die","actual",[("Victim","sept soldats",0),("Agent","Iswap",0),("Place","Malam-Fatori",0),("Time","mercredi",0)]),
   ("frappes",0,"Conflict.Attack","actual",[("Attacker","armée de l'air nigériane",0),("Time","jeudi",0),("Target","positions",0),("Place","lac Tchad",0)]),
   ("rendu",0,"Movement.Transport","actual",[("Artifact","Bola Tinubu",0),("Destination","Maiduguri",0),("Time","vendredi",0)]),
   ("rencontré",0,"Contact.Meet","actual",[("Participant","Bola Tinubu",0),("Participant","chefs traditionnels",0),("Place","Maiduguri",0),("Time","vendredi",0)])]),
 ("blind4_cameroun",
  "Cameroun : six élèves tués dans l'attaque d'une école à Kumba\n\n"
  "Yaoundé, 25 octobre — Six élèves ont été tués et douze autres blessés samedi lorsque des hommes armés ont ouvert le feu dans une école privée de Kumba, dans la région anglophone du Sud-Ouest, a annoncé le gouverneur Bernard Okalia Bilai. Les assaillants, arrivés à moto, ont tiré à bout portant sur des enfants âgés de 9 à 12 ans avant de prendre la fuite.\n\n"
  "Le gouvernement a attribué l'attaque aux séparatistes qui réclament l'indépendance des deux régions anglophones du pays, l'Ambazonie. Aucun groupe n'a revendiqué le massacre. Le Conseil de gouvernement de l'Ambazonie, l'un des principaux mouvements séparatistes, a démenti toute implication.\n\n"
  "Des centaines d'habitants ont manifesté lundi à Kumba pour réclamer la protection des écoles. Le ministre de la Communication, René Emmanuel Sadi, a annoncé le déploiement de 300 militaires supplémentaires dans la ville. Depuis 2017, le conflit a fait plus de 6 000 morts et contraint plus de 700 000 personnes à fuir leur domicile, selon l'International Crisis Group.",
  [("Cameroun","GPE",0),("six élèves","PER",0),("une école","FAC",0),("Kumba","GPE",0),
   ("Yaoundé","GPE",0),("25 octobre","TIME",0),("Six élèves","PER",0),("douze","PER",0),("samedi","TIME",0),("hommes armés","PER",0),("une école privée","FAC",0),("Kumba","GPE",1),("Sud-Ouest","GPE",0),
   ("Bernard Okalia Bilai","PER",0),("assaillants","PER",0),("moto","VEH",0),("enfants","PER",0),
   ("séparatistes","PER",0),("Ambazonie","GPE",0),("Conseil de gouvernement de l'Ambazonie","ORG",0),("Ambazonie","GPE",1),
   ("centaines d'habitants","PER",0),("lundi","TIME",0),("Kumba","GPE",2),("René Emmanuel Sadi","PER",0),("300 militaires supplémentaires","PER",0),("ville","GPE",0),("2017","TIME",0),
   ("6 000","PER",0),("700 000 personnes","PER",0),("International Crisis Group","ORG",0)],
  [("tués",0,"Life.Die","actual",[("Victim","six élèves",0),("Place","Kumba",0)]),
   ("attaque",0,"Conflict.Attack","actual",[("Target","une école",0),("Place","Kumba",0)]),
   ("tués",1,"Life.Die","actual",[("Victim","Six élèves",0),("Agent","hommes armés",0),("Time","samedi",0),("Place","une école privée",0),("Place","Kumba",1)]),
   ("blessés",0,"Life.Injure","actual",[("Victim","douze",0),("Agent","hommes armés",0),("Time","samedi",0),("Place","une école privée",0),("Place","Kumba",1)]),
   ("ouvert le feu",0,"Conflict.Attack","actual",[("Attacker","hommes armés",0),("Time","samedi",0),("Place","une école privée",0),("Place","Kumba",1)]),
   ("arrivés",0,"Movement.Transport","actual",[("Artifact","assaillants",0)]),
   ("tiré",0,"Conflict.Attack","actual",[("Attacker","assaillants",0),("Target","enfants",0)]),
   ("prendre la fuite",0,"Movement.Transport","actual",[("Artifact","assaillants",0)]),
   ("attaque",1,"Conflict.Attack","actual",[("Attacker","séparatistes",0)]),
   ("massacre",0,"Conflict.Attack","actual",[]),
   ("manifesté",0,"Conflict.Demonstrate","actual",[("Demonstrator","centaines d'habitants",0),("Time","lundi",0),("Place","Kumba",2)]),
   ("déploiement",0,"Movement.Transport","other",[("Artifact","300 militaires supplémentaires",0),("Destination","ville",0)]),
   ("morts",0,"Life.Die","actual",[("Victim","6 000",0),("Time","2017",0)]),
   ("fuir",0,"Movement.Transport","actual",[("Artifact","700 000 personnes",0),("Time","2017",0)])]),
 ("blind4_pakistan",
  "Pakistan : des séparatistes baloutches attaquent un train, plus de 20 morts\n\n"
  "Quetta (Pakistan), 12 mars (AFP) — Des insurgés de l'Armée de libération du Baloutchistan (BLA) ont attaqué mardi le Jaffar Express, un train de voyageurs reliant Quetta à Peshawar, après avoir fait sauter une portion de la voie ferrée près de la localité de Mashkaf, ont indiqué mercredi des responsables de la sécurité. Plus de 400 passagers se trouvaient à bord.\n\n"
  "L'armée pakistanaise a lancé une opération de sauvetage appuyée par des hélicoptères de combat et a repris le contrôle du convoi au bout de trente heures. Au moins 21 otages et quatre membres des forces paramilitaires du Frontier Corps ont été tués, selon le porte-parole de l'armée, le général Ahmed Sharif Chaudhry. Trente-trois assaillants ont été abattus.\n\n"
  "Des dizaines de passagers libérés ont été transportés en bus jusqu'à la gare de Mach, où des proches les attendaient. Le Premier ministre Shehbaz Sharif a accusé l'Inde de soutenir les rebelles, ce que New Delhi dément. Islamabad et Kaboul s'accusent mutuellement d'abriter des groupes armés le long de leur frontière commune.",
  [("Pakistan","GPE",0),("séparatistes baloutches","PER",0),("un train","VEH",0),("20","PER",0),
   ("Quetta","GPE",0),("Pakistan","GPE",1),("12 mars","TIME",0),("AFP","ORG",0),("Armée de libération du Baloutchistan","ORG",0),("Baloutchistan","GPE",0),("BLA","ORG",0),("mardi","TIME",0),
   ("Jaffar Express","VEH",0),("un train de voyageurs","VEH",0),("Quetta","GPE",1),("Peshawar","GPE",0),("voie ferrée","FAC",0),("Mashkaf","GPE",0),("mercredi","TIME",0),
   ("armée pakistanaise","ORG",0),("hélicoptères de combat","VEH",0),("convoi","VEH",0),("trente heures","TIME",0),("21 otages","PER",0),("quatre membres","PER",0),("Frontier Corps","ORG",0),
   ("Ahmed Sharif Chaudhry","PER",0),("Trente-trois assaillants","PER",0),
   ("dizaines de passagers libérés","PER",0),("bus","VEH",0),("gare de Mach","FAC",0),("Mach","GPE",0),("Shehbaz Sharif","PER",0),("Inde","GPE",0),("New Delhi","GPE",0),("Islamabad","GPE",0),("Kaboul","GPE",0)],
  [("attaquent",0,"Conflict.Attack","actual",[("Attacker","séparatistes baloutches",0),("Target","un train",0)]),
   ("morts",0,"Life.Die","actual",[("Victim","20",0)]),
   ("attaqué",0,"Conflict.Attack","actual",[("Attacker","Armée de libération du Baloutchistan",0),("Target","Jaffar Express",0),("Time","mardi",0)]),
   ("sauter",0,"Conflict.Attack","actual",[("Attacker","Armée de libération du Baloutchistan",0),("Target","voie ferrée",0),("Place","Mashkaf",0)]),
   ("repris le contrôle",0,"Conflict.TakeControl","actual",[("Agent","armée pakistanaise",0),("Time","trente heures",0)]),
   ("tués",0,"Life.Die","actual",[("Victim","21 otages",0),("Victim","quatre membres",0)]),
   ("abattus",0,"Conflict.Attack","actual",[("Target","Trente-trois assaillants",0)]),
   ("transportés",0,"Movement.Transport","actual",[("Artifact","dizaines de passagers libérés",0),("Destination","gare de Mach",0)])]),
]
