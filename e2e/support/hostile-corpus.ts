/**
 * A corpus written by an attacker who can edit content: script, event-handler and URL payloads in
 * every frontmatter field a page, a feed or a JSON-LD block prints, and raw HTML and dangerous
 * links in the Markdown body. Every entry is valid for the schemas, so the build succeeds and
 * the output can be inspected.
 */
import { makeArticle, makeTopic, type FixtureFile } from '../builds/support/build-fixture.ts';

/** Breaks out of an inline `<script>` (a JSON-LD block, say) when printed unescaped. */
export const SCRIPT_BREAKOUT = '</script><script>alert(1)</script>';
/** Runs when printed as markup. */
export const IMG_ONERROR = '<img src=x onerror=alert(1)>';
/** Breaks out of a double-quoted attribute. */
export const ATTRIBUTE_BREAKOUT = '"><svg onload=alert(1)>';
/** A URL that runs script when followed. */
export const JAVASCRIPT_URL = 'javascript:alert(1)';

/** Slug of the hostile article. */
export const HOSTILE_ARTICLE = 'charge-hostile';
/** Slug of the hostile background brief. */
export const HOSTILE_BRIEF = 'repere-hostile';

/** Frontmatter text fields of the hostile article, as written (the tests look for them as text). */
export const HOSTILE_TEXT = {
  title: `Titre ${SCRIPT_BREAKOUT}${IMG_ONERROR}`,
  description: `Chapeau ${ATTRIBUTE_BREAKOUT} ${IMG_ONERROR} ${JAVASCRIPT_URL}`,
  creditName: `Nom ${IMG_ONERROR}`,
  creditRole: `Rôle ${ATTRIBUTE_BREAKOUT}`,
  topicName: `Sujet ${IMG_ONERROR}`,
  topicDescription: `Présentation ${SCRIPT_BREAKOUT} ${ATTRIBUTE_BREAKOUT}`,
  otherTopicName: `${ATTRIBUTE_BREAKOUT} Autre`,
  referenceName: `Référence ${SCRIPT_BREAKOUT}`,
} as const;

/**
 * The hostile Markdown body: raw HTML a sanitiser must drop (script, iframe, style, object,
 * embed, base, meta refresh, event handlers, mXSS through math/style) and links a sanitiser must
 * neutralise (`javascript:`, obfuscated `javascript:`, `data:`), among ordinary paragraphs.
 */
export const HOSTILE_BODY = `Un paragraphe ordinaire avant les charges.

<script>alert(1)</script>

${IMG_ONERROR}

<iframe src="${JAVASCRIPT_URL}"></iframe>

<iframe srcdoc="<script>alert(1)</script>"></iframe>

<style>body { display: none }</style>

<p onclick="alert(1)" onmouseover="alert(1)">Paragraphe avec gestionnaires.</p>

<svg onload=alert(1)><script>alert(1)</script></svg>

<input autofocus onfocus=alert(1)>

<details open ontoggle=alert(1)><summary>Détails</summary>Texte.</details>

<object data="${JAVASCRIPT_URL}"></object>

<embed src="${JAVASCRIPT_URL}">

<form action="${JAVASCRIPT_URL}"><button formaction="${JAVASCRIPT_URL}">Envoyer</button></form>

<a href="${JAVASCRIPT_URL}">Lien brut</a>

<a href="jav&#x09;ascript:alert(1)">Lien masqué</a>

<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Lien data</a>

<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>

<meta http-equiv="refresh" content="0;url=${JAVASCRIPT_URL}">

<base href="${JAVASCRIPT_URL}//">

Un lien Markdown [vers du script](${JAVASCRIPT_URL}) et un autre [vers des données](data:text/html,alert) dans le texte.

![Image data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)

[Titre piégé](https://example.org/ "\\" onmouseover=\\"alert(1)")

Du texte avec ${SCRIPT_BREAKOUT} et ${ATTRIBUTE_BREAKOUT} en ligne.

Un paragraphe ordinaire après les charges.
`;

/** The hostile corpus: two topics, an article and a brief, payloads everywhere. */
export function makeHostileCorpus(): FixtureFile[] {
  return [
    makeTopic('hostile', {
      name: HOSTILE_TEXT.topicName,
      description: HOSTILE_TEXT.topicDescription,
      chronology: true,
    }),
    makeTopic('autre', {
      name: HOSTILE_TEXT.otherTopicName,
      description: `<style>body{display:none}</style><iframe src=${JAVASCRIPT_URL}></iframe>`,
    }),
    makeArticle(
      HOSTILE_ARTICLE,
      {
        title: HOSTILE_TEXT.title,
        description: HOSTILE_TEXT.description,
        publishedAt: '2017-01-06T19:00:00+01:00',
        topics: ['hostile', 'autre'],
        credits: [
          { name: HOSTILE_TEXT.creditName, role: HOSTILE_TEXT.creditRole },
          { name: SCRIPT_BREAKOUT, role: JAVASCRIPT_URL },
        ],
        dateNote: `Note ${SCRIPT_BREAKOUT}`,
        source: { name: IMG_ONERROR, url: `https://example.org/${ATTRIBUTE_BREAKOUT}`, section: ATTRIBUTE_BREAKOUT },
        references: [
          { name: HOSTILE_TEXT.referenceName, url: `https://example.org/?q=${ATTRIBUTE_BREAKOUT}` },
          { name: IMG_ONERROR },
        ],
        event: { date: '2017-01-06', label: `Événement ${IMG_ONERROR}` },
      },
      HOSTILE_BODY,
    ),
    makeArticle(
      HOSTILE_BRIEF,
      {
        kind: 'brief',
        title: `Repère ${ATTRIBUTE_BREAKOUT}`,
        description: `Chapeau du repère ${SCRIPT_BREAKOUT}`,
        publishedAt: '2017-01-05T10:00:00+01:00',
        topics: ['hostile'],
        references: [{ name: `Source ${IMG_ONERROR}`, url: 'https://example.org/source' }],
      },
      `Texte du repère.\n\n[Lien](${JAVASCRIPT_URL})\n\n<img src="x" onerror="alert(1)">\n`,
    ),
  ];
}
