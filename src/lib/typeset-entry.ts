/**
 * Reader-facing frontmatter text with French typography applied, once per build.
 * Pages, feeds, JSON-LD and social images all read these typeset values, so a
 * title has the same characters everywhere.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { TopicData } from '../schemas/topic.ts';
import { applyFrenchTypography } from './typography.ts';

/** Article data with title, standfirst, date note, credits, references, event and updates typeset. */
export function typesetArticleData(data: ArticleData): ArticleData {
  return {
    ...data,
    title: applyFrenchTypography(data.title),
    description: applyFrenchTypography(data.description),
    dateNote: data.dateNote === undefined ? undefined : applyFrenchTypography(data.dateNote),
    credits: data.credits.map((c) => ({ name: applyFrenchTypography(c.name), role: applyFrenchTypography(c.role) })),
    references: data.references.map((r) => ({ ...r, name: applyFrenchTypography(r.name) })),
    event: data.event && { ...data.event, label: applyFrenchTypography(data.event.label) },
    updates: data.updates.map((u) => ({ ...u, text: applyFrenchTypography(u.text) })),
  };
}

/** Topic data with name and intro typeset. */
export function typesetTopicData(data: TopicData): TopicData {
  return { ...data, name: applyFrenchTypography(data.name), description: applyFrenchTypography(data.description) };
}
