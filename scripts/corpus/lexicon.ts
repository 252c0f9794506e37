/**
 * Word material of the synthetic corpus: the topics (most popular first) and the
 * phrases stories are assembled from. Plain French about security and terrorism in
 * Belgium and France, so the text exercises what Vigie's pipeline does with real copy:
 * accents, elisions, `: ; ! ?` that get no-break spaces, straight quotes that become « ».
 * Everything is invented; links point to reserved `.example` hosts.
 */

/** A topic of the synthetic corpus; `slug` is derived from `name` by the generator. */
export interface TopicSeed {
  name: string;
  description: string;
  /** Topic page shows a chronology of dated events. */
  chronology: boolean;
  /** Noun phrases (with their article) that stories of the topic talk about. */
  subjects: readonly string[];
}

/** The 40 topics, in decreasing popularity (the generator draws them Zipf-like in this order). */
export const TOPICS: readonly TopicSeed[] = [
  {
    name: 'Terrorisme',
    chronology: true,
    description: 'Les attentats, leurs auteurs, les enquêtes et la réponse de la Belgique et de la France.',
    subjects: ["l'attentat", 'la cellule terroriste', 'les kamikazes', 'la revendication', "l'enquête antiterroriste"],
  },
  {
    name: 'Sécurité',
    chronology: false,
    description: 'Police, armée, niveaux de menace : comment les deux pays protègent les lieux publics.',
    subjects: ['le dispositif de sécurité', 'les patrouilles', 'le niveau de la menace', 'les contrôles renforcés'],
  },
  {
    name: 'Justice',
    chronology: false,
    description: 'Instructions, procès et condamnations dans les dossiers de terrorisme et de grande criminalité.',
    subjects: ['la chambre du conseil', "le juge d'instruction", "la cour d'assises", 'le verdict', 'la défense'],
  },
  {
    name: 'Renseignement',
    chronology: false,
    description: "La Sûreté de l'État, le SGRS, la DGSI : ce que font les services et ce qu'on leur reproche.",
    subjects: [
      "la Sûreté de l'État",
      'la DGSI',
      'les listes de personnes fichées',
      'les écoutes',
      'le partage des informations',
    ],
  },
  {
    name: 'Coopération franco-belge',
    chronology: true,
    description:
      "Équipes communes d'enquête, officiers de liaison, sommets bilatéraux : la coopération entre Paris et Bruxelles.",
    subjects: [
      "l'équipe commune d'enquête",
      'les officiers de liaison',
      'le sommet franco-belge',
      "l'accord de coopération",
    ],
  },
  {
    name: 'Frontières et migrations',
    chronology: false,
    description: "Contrôles aux frontières intérieures, routes migratoires et politique d'asile.",
    subjects: ['les contrôles aux frontières', "la demande d'asile", 'le centre de transit', 'la route migratoire'],
  },
  {
    name: 'Radicalisation',
    chronology: false,
    description: 'Comment on se radicalise, comment on repère les signaux, ce que font les communes.',
    subjects: [
      'les signaux de radicalisation',
      'la cellule de sécurité intégrale locale',
      'les jeunes radicalisés',
      'le recruteur',
    ],
  },
  {
    name: 'Prisons',
    chronology: false,
    description: 'Détenus terroristes, quartiers spécialisés, surpopulation et sorties de prison.',
    subjects: [
      'le quartier de déradicalisation',
      'les détenus',
      'la surpopulation carcérale',
      'la libération conditionnelle',
    ],
  },
  {
    name: 'Police fédérale',
    chronology: false,
    description: 'La police fédérale belge, ses moyens, ses réformes et ses grandes opérations.',
    subjects: ['la police judiciaire fédérale', 'les effectifs', 'la direction centrale', 'la réforme des polices'],
  },
  {
    name: 'Cybersécurité',
    chronology: false,
    description: 'Attaques informatiques contre les institutions, rançongiciels et défense numérique.',
    subjects: ['le rançongiciel', "l'attaque informatique", 'le Centre pour la cybersécurité', 'les données volées'],
  },
  {
    name: 'Procès des attentats de Paris',
    chronology: true,
    description: 'Le procès des attentats du 13 novembre 2015, audience après audience.',
    subjects: ["la cour d'assises spéciale", 'les parties civiles', 'le box des accusés', 'le réquisitoire'],
  },
  {
    name: 'Procès des attentats de Bruxelles',
    chronology: true,
    description: "Le procès des attentats du 22 mars 2016 devant la cour d'assises de Bruxelles.",
    subjects: ['le jury populaire', 'les témoignages des victimes', 'le Justitia', 'les accusés'],
  },
  {
    name: 'Défense',
    chronology: false,
    description: 'Les armées belge et française, leurs missions intérieures et extérieures.',
    subjects: ['les militaires', "l'état-major", 'la mission extérieure', 'le budget de la défense'],
  },
  {
    name: 'Armes à feu',
    chronology: false,
    description: "Trafic d'armes, armes de guerre et contrôle de la détention légale.",
    subjects: ["le trafic d'armes", "les fusils d'assaut", 'le registre des armes', 'les armes démilitarisées'],
  },
  {
    name: 'Crime organisé',
    chronology: false,
    description: 'Réseaux criminels, blanchiment et violences liées au grand banditisme.',
    subjects: ['le réseau criminel', 'le blanchiment', 'les règlements de comptes', 'les saisies'],
  },
  {
    name: 'Trafic de drogue',
    chronology: false,
    description: 'Cocaïne, ports, fusillades : le narcotrafic et la réponse des autorités.',
    subjects: ['la cocaïne', 'les conteneurs', 'les fusillades', 'le point de deal'],
  },
  {
    name: "Port d'Anvers",
    chronology: false,
    description: "Le port d'Anvers, porte d'entrée de la cocaïne en Europe, et ses contrôles.",
    subjects: ['les douanes', 'les scanners à conteneurs', 'les dockers', 'la saisie record'],
  },
  {
    name: 'Extrême droite',
    chronology: false,
    description: "Groupuscules, violences et propagande de l'extrême droite radicale.",
    subjects: ['le groupuscule', 'la dissolution', 'les militants', 'la propagande'],
  },
  {
    name: 'Niveau de la menace',
    chronology: true,
    description: "Les décisions de l'OCAM et du gouvernement français sur le niveau d'alerte.",
    subjects: ["l'OCAM", 'le niveau 3', "le relèvement de l'alerte", "l'évaluation de la menace"],
  },
  {
    name: 'Europol',
    chronology: false,
    description: "L'agence européenne de police, ses bases de données et ses opérations.",
    subjects: ['Europol', 'la base de données', "l'opération coordonnée", 'le centre européen'],
  },
  {
    name: 'Espace Schengen',
    chronology: false,
    description: "La libre circulation, ses suspensions et le système d'information Schengen.",
    subjects: ['le code frontières Schengen', 'le système SIS II', 'la libre circulation', 'les contrôles temporaires'],
  },
  {
    name: 'Vigipirate',
    chronology: false,
    description: 'Le plan Vigipirate, ses niveaux et ses effets sur la vie quotidienne en France.',
    subjects: ['le plan Vigipirate', "l'urgence attentat", 'les fouilles', 'les écoles'],
  },
  {
    name: 'Opération Sentinelle',
    chronology: false,
    description: 'Les soldats dans les rues françaises depuis 2015 : coût, missions et critiques.',
    subjects: ["l'opération Sentinelle", 'les soldats', 'les gares', 'le coût de la mission'],
  },
  {
    name: 'Molenbeek',
    chronology: false,
    description: 'La commune bruxelloise, son image et ce qui a changé depuis 2016.',
    subjects: ['la commune', 'le bourgmestre', 'les associations', 'le quartier'],
  },
  {
    name: 'Victimes',
    chronology: false,
    description: 'Les victimes des attentats, leurs associations, leur indemnisation.',
    subjects: ['les victimes', "l'association des victimes", "l'indemnisation", 'le fonds de garantie'],
  },
  {
    name: 'Commémorations',
    chronology: true,
    description: 'Hommages et cérémonies à la mémoire des victimes.',
    subjects: ['la cérémonie', 'le mémorial', 'la minute de silence', 'les familles'],
  },
  {
    name: 'Législation antiterroriste',
    chronology: false,
    description: 'Lois, décrets et débats parlementaires sur la lutte contre le terrorisme.',
    subjects: ['le projet de loi', 'la commission parlementaire', 'le Conseil constitutionnel', "l'amendement"],
  },
  {
    name: 'Surveillance et libertés',
    chronology: false,
    description: 'Caméras, algorithmes, fichiers : où placer la limite entre sécurité et vie privée.',
    subjects: [
      'la vidéosurveillance',
      "l'Autorité de protection des données",
      'les algorithmes',
      'les libertés publiques',
    ],
  },
  {
    name: 'Déradicalisation',
    chronology: false,
    description: 'Programmes de désengagement, en prison et dehors, et leurs résultats.',
    subjects: ['le programme de désengagement', 'les éducateurs', 'le suivi individuel', 'les évaluations'],
  },
  {
    name: 'Retour des combattants',
    chronology: false,
    description: 'Les combattants partis en Syrie et en Irak, leurs familles et leur retour.',
    subjects: ['les combattants étrangers', 'les enfants', 'les camps du nord-est syrien', 'le rapatriement'],
  },
  {
    name: 'Financement du terrorisme',
    chronology: false,
    description: "Cellule de traitement des informations financières, Tracfin et circuits d'argent.",
    subjects: ['la CTIF', 'Tracfin', 'les transferts', 'les cagnottes en ligne'],
  },
  {
    name: 'Propagande en ligne',
    chronology: false,
    description: 'Contenus terroristes sur les réseaux sociaux et obligations des plateformes.',
    subjects: ['les plateformes', 'les contenus illicites', 'la modération', 'les vidéos de propagande'],
  },
  {
    name: 'Lille et la métropole',
    chronology: false,
    description: 'La métropole lilloise, carrefour entre la France et la Belgique.',
    subjects: ['la métropole', 'Roubaix', 'Tourcoing', 'la préfecture du Nord'],
  },
  {
    name: 'Aéroports',
    chronology: false,
    description: 'Sûreté aérienne, contrôles et menaces sur les aéroports.',
    subjects: ["l'aéroport", 'les contrôles de sûreté', 'les drones', 'le hall des départs'],
  },
  {
    name: 'Transports publics',
    chronology: false,
    description: 'Métro, trains, bus : la sécurité des réseaux de transport.',
    subjects: ['le métro', 'la STIB', 'la SNCB', 'les agents de sécurité'],
  },
  {
    name: 'Grands événements',
    chronology: false,
    description: 'Sommets, compétitions, festivals : la sécurité des grands rassemblements.',
    subjects: ['le sommet européen', 'les Jeux olympiques', 'le festival', 'les fan-zones'],
  },
  {
    name: 'Polices locales',
    chronology: false,
    description: 'Zones de police, polices municipales et sécurité de proximité.',
    subjects: ['la zone de police', 'la police municipale', 'les agents de quartier', 'le chef de corps'],
  },
  {
    name: 'Parquet fédéral',
    chronology: false,
    description: 'Le parquet fédéral belge, compétent pour le terrorisme : dossiers et communiqués.',
    subjects: ['le parquet fédéral', 'le porte-parole du parquet', "le mandat d'arrêt", 'la perquisition'],
  },
  {
    name: 'Parquet national antiterroriste',
    chronology: false,
    description: "Le PNAT, créé en 2019, et les affaires qu'il instruit.",
    subjects: ['le PNAT', 'la garde à vue', 'la mise en examen', "l'association de malfaiteurs terroriste"],
  },
  {
    name: 'Sahel',
    chronology: false,
    description: 'Les groupes armés au Sahel et les conséquences pour la sécurité européenne.',
    subjects: ['les groupes armés', 'le Mali', 'le Niger', 'le retrait des troupes'],
  },
];

/** Places named in stories. */
export const PLACES: readonly string[] = [
  'Bruxelles',
  'Paris',
  'Lille',
  'Liège',
  'Anvers',
  'Charleroi',
  'Molenbeek',
  'Schaerbeek',
  'Saint-Denis',
  'Zaventem',
  'Mons',
  'Tournai',
  'Namur',
  'Gand',
  'Lyon',
  'Marseille',
  'Strasbourg',
  'Calais',
  'Dunkerque',
  'Roubaix',
  'Verviers',
  'Mouscron',
  'Anderlecht',
  'Nice',
  'Arlon',
  'Louvain',
  'Bruges',
  'Metz',
  'Valenciennes',
  'Maubeuge',
];

/** Sentence subjects (with article), singular unless `plural`. */
export const ACTORS: ReadonlyArray<{ text: string; plural: boolean }> = [
  { text: 'Le parquet fédéral', plural: false },
  { text: 'La police judiciaire fédérale', plural: false },
  { text: "Le ministre de l'Intérieur", plural: false },
  { text: 'La ministre de la Justice', plural: false },
  { text: 'Les enquêteurs', plural: true },
  { text: "La juge d'instruction", plural: false },
  { text: "L'OCAM", plural: false },
  { text: 'La DGSI', plural: false },
  { text: 'Le Parquet national antiterroriste', plural: false },
  { text: 'Les services de renseignement', plural: true },
  { text: 'Le bourgmestre', plural: false },
  { text: "La Sûreté de l'État", plural: false },
  { text: 'Europol', plural: false },
  { text: 'Le procureur fédéral', plural: false },
  { text: 'Un porte-parole de la police', plural: false },
  { text: 'Les avocats des parties civiles', plural: true },
  { text: 'Le gouvernement fédéral', plural: false },
  { text: 'La préfecture', plural: false },
  { text: 'Les syndicats policiers', plural: true },
  { text: 'La commission parlementaire', plural: false },
];

/** Verb phrases in the passé composé: `[singular, plural]`. */
export const VERBS: ReadonlyArray<readonly [string, string]> = [
  ['a annoncé', 'ont annoncé'],
  ['a confirmé', 'ont confirmé'],
  ['a présenté', 'ont présenté'],
  ['a mis en garde contre', 'ont mis en garde contre'],
  ['a défendu', 'ont défendu'],
  ['a remis en cause', 'ont remis en cause'],
  ['a longuement évoqué', 'ont longuement évoqué'],
  ['a demandé des précisions sur', 'ont demandé des précisions sur'],
  ['a salué', 'ont salué'],
  ['a critiqué', 'ont critiqué'],
  ['a détaillé', 'ont détaillé'],
  ['a relativisé', 'ont relativisé'],
];

/** Objects of those verbs (with article). */
export const OBJECTS: readonly string[] = [
  "l'ouverture d'une enquête pour participation aux activités d'un groupe terroriste",
  'de nouvelles mesures de contrôle aux frontières',
  'le relèvement du niveau de la menace',
  'un plan de lutte contre la radicalisation violente',
  "l'interpellation de trois suspects",
  'le renforcement des effectifs de police',
  "la création d'une banque de données commune",
  "le bilan d'une année d'enquête",
  'les failles dans la transmission des informations',
  'la coopération avec les autorités françaises',
  "l'extradition d'un suspect vers la France",
  'le déploiement de militaires en rue',
  "les conclusions de la commission d'enquête",
  'la sécurisation des grands événements',
];

/** Adverbial complements of time or place; `{place}` is filled in. */
export const COMPLEMENTS: readonly string[] = [
  'mardi soir',
  'à {place}',
  'selon nos informations',
  "après plusieurs mois d'enquête",
  'dans la nuit de dimanche à lundi',
  'en présence du procureur',
  "lors d'une conférence de presse à {place}",
  'devant la commission parlementaire',
  'en marge du conseil des ministres',
  'ce jeudi matin',
  'quelques heures après les faits',
  'à la surprise générale',
  'sans plus de précisions',
  'depuis {place}',
];

/** Whole sentences with slots: `{place}`, `{subject}` (a noun phrase of the story's topic), `{number}`, `{ordinal}`. */
export const SENTENCES: readonly string[] = [
  'Le constat est sans appel : {subject} reste au cœur des préoccupations à {place}.',
  'Faut-il revoir {subject} ? La question divise les partis depuis des mois.',
  'Quelque {number} policiers ont été mobilisés à {place} ; un dispositif rarement vu.',
  "C'est la {ordinal} fois que {subject} fait l'objet d'un débat au Parlement.",
  'À {place}, les habitants disent leur inquiétude : personne ne veut revivre ces journées.',
  'Les chiffres publiés vendredi montrent une hausse de {number} dossiers en un an.',
  "Rien ne permet, à ce stade, d'établir un lien entre {subject} et les faits survenus à {place}.",
  'Les enquêteurs belges et français ont échangé des informations dès le lendemain.',
  "Le dossier compte désormais plus de {number} pages, selon une source proche de l'enquête.",
  'Pourquoi avoir attendu si longtemps ? Les réponses restent vagues.',
  "Trois pistes sont à l'étude ; aucune ne fait consensus.",
  'Le rapport évoque {subject} à plusieurs reprises, sans jamais trancher.',
  "La réunion a duré près de {hours} heures, de 9:30 à la fin de l'après-midi.",
  'Sur le terrain, {subject} se traduit par des contrôles plus fréquents à {place}.',
  'Une partie des recommandations a déjà été appliquée ; le reste attend un budget.',
  "L'audience reprendra le {day} {month} à {place}.",
  "Attention : les délais de procédure pourraient encore s'allonger !",
  "Personne, au cabinet du ministre, n'a souhaité commenter cette information.",
];

/** Things said, put in straight double quotes (the site's typography turns them into « »). */
export const QUOTES: readonly string[] = [
  'Nous ne baisserons pas la garde',
  "Il n'y a pas de risque zéro, il faut le dire clairement",
  'Les services ont travaillé jour et nuit',
  'Nous attendons des réponses, pas des promesses',
  "Ce n'est pas le moment de relâcher l'effort",
  'La coopération avec nos voisins français est excellente',
  'On nous a dit que tout était sous contrôle',
  'Ce dossier est hors norme, à tous points de vue',
  'Il faudra des années pour tourner la page',
];

/** Who says it (after the quote: `", a déclaré …`). */
export const SPEAKERS: readonly string[] = [
  'le ministre',
  'la procureure',
  'un enquêteur',
  'le bourgmestre',
  'une avocate de la défense',
  'un responsable syndical',
  "la présidente de l'association",
  'un magistrat',
  'le porte-parole',
];

/** Section headings (`##`). */
export const HEADINGS: readonly string[] = [
  'Une enquête tentaculaire',
  'Les questions qui restent',
  'Du côté français',
  'Ce que dit le dossier',
  'Des moyens en hausse',
  'La réponse politique',
  'Sur le terrain',
  'Un précédent : {place}',
  'Et maintenant ?',
  'Les chiffres',
  'La version de la défense',
  'Ce qui change au quotidien',
];

/** Items of bulleted or numbered lists. */
export const LIST_ITEMS: readonly string[] = [
  'un renforcement des contrôles aux gares et aux aéroports',
  'la désignation de magistrats spécialisés',
  "l'échange systématique des listes de personnes signalées",
  'des patrouilles mixtes aux postes frontières',
  'un budget supplémentaire pour le renseignement',
  'la formation des agents de quartier aux signaux de radicalisation',
  "le recrutement de {number} policiers d'ici trois ans",
  'une évaluation indépendante tous les six mois',
  'la centralisation des dossiers au parquet fédéral',
  "l'accès des enquêteurs aux messageries chiffrées",
];

/** Title patterns; `{place}`, `{subject}` (capitalised when first), `{Topic}`. */
export const TITLES: readonly string[] = [
  '{place} : {subject} au centre des débats',
  "{Topic} : ce que l'on sait après {number} jours",
  'À {place}, {subject} inquiète les habitants',
  'Pourquoi {subject} divise la majorité',
  '{Topic} : les enquêteurs belges et français font le point',
  '{Subject} : un rapport pointe des failles',
  '"{quote}" : à {place}, le ministre se veut rassurant',
  '{Topic} : nouvelle étape à {place}',
  'Comment {subject} a changé depuis 2016',
  '{Subject}, un dossier sensible pour le gouvernement',
];

/** Standfirst patterns. */
export const DESCRIPTIONS: readonly string[] = [
  'Enquête, réactions politiques et questions en suspens : le point sur {subject} à {place}.',
  'Plusieurs mois après les faits, {subject} reste une priorité des autorités belges et françaises.',
  'Ce que contient le dossier, ce que disent les acteurs et ce qui pourrait changer dans les prochains mois.',
  "À {place}, {subject} suscite des critiques ; les autorités promettent des mesures d'ici la fin de l'année.",
];

/** People credited; roles as printed. */
export const CREDIT_NAMES: readonly string[] = [
  'Marie Dupont',
  'Thomas Lambert',
  'Aïcha Benali',
  'Jean-Luc Peeters',
  'Sophie Vandenberghe',
  'Karim Haddad',
  'Élodie Martin',
  'Pieter Janssens',
  'Nadia El Amrani',
  'François Lefebvre',
  'Chloé Dubois',
  'Yannick Claes',
];

/** Roles of people credited. */
export const CREDIT_ROLES: readonly string[] = [
  'journaliste',
  'correspondante à Paris',
  'correspondant à Lille',
  'rédaction',
  'avec Belga',
  'envoyée spéciale',
];

/** Original publications of republished stories. */
export const SOURCES: ReadonlyArray<{ name: string; host: string; section: string }> = [
  { name: "L'Écho de la frontière", host: 'www.echo-frontiere.example', section: 'Belgique / Sécurité' },
  { name: 'Le Courrier du Nord', host: 'www.courrier-du-nord.example', section: 'Région / Justice' },
  { name: 'La Gazette bruxelloise', host: 'www.gazette-bruxelloise.example', section: 'Bruxelles' },
];

/** Sources named by background briefs (some without a URL: printed documents). */
export const REFERENCES: ReadonlyArray<{ name: string; url?: string }> = [
  {
    name: "Rapport de la commission d'enquête parlementaire « attentats terroristes »",
    url: 'https://www.lachambre.example/commission-attentats/rapport-final',
  },
  { name: 'Rapport annuel du parquet fédéral', url: 'https://www.parquet-federal.example/rapport-annuel' },
  { name: 'Code pénal, livre II, titre Ier ter (infractions terroristes)' },
  { name: 'Rapport Europol TE-SAT', url: 'https://www.europol.example/te-sat' },
  { name: 'Décision-cadre du Conseil relative à la lutte contre le terrorisme' },
  {
    name: "Audition du directeur de l'OCAM en commission de l'Intérieur",
    url: 'https://www.lachambre.example/auditions/ocam',
  },
];

/** French month names, for dates written out in running text. */
export const MONTHS: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** Labels of dated events listed in topic chronologies. */
export const EVENT_LABELS: readonly string[] = [
  'Arrestation de suspects à {place}',
  'Ouverture du procès',
  'Relèvement du niveau de la menace',
  'Sommet franco-belge à {place}',
  "Cérémonie d'hommage à {place}",
  "Verdict de la cour d'assises",
  'Perquisitions à {place}',
  'Adoption de la loi au Parlement',
];
