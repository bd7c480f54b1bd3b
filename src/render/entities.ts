/** The entity coverage table: which source names which people, organisations, places and systems. */
import type { PhrasingContent, RootContent } from 'mdast';
import { u } from 'unist-builder';
import type { EntityType, Mention } from '../model.js';
import { inert, table, type RenderContext } from './context.js';

/** Beyond this many sources the table shows a count of sources instead of one column each. */
const MAX_COLUMNS = 12;

interface Entity {
  key: string;
  type: EntityType;
  names: Map<string, number>;
  bySource: Map<string, number>;
}

/** The coverage table, entities named by more sources first. */
export function entitiesSection(context: RenderContext): RootContent[] {
  const nodes: RootContent[] = [u('heading', { depth: 2 as const }, [u('text', 'Entity coverage')])];
  const entities = collect(context.comparison.mentions);
  if (!entities.length) return [...nodes, u('paragraph', [u('text', 'No named entities found.')])];
  const sources = context.comparison.sources;
  const wide = sources.length <= MAX_COLUMNS;
  const header = ['Entity', 'Type', ...(wide ? sources.map((s) => context.labels.get(s.id) ?? s.id) : ['Sources'])];
  const rows = entities.map((entity): PhrasingContent[][] => [
    inert(displayName(entity)),
    [u('text', entity.type)],
    ...(wide ? sources.map((s) => [u('text', String(entity.bySource.get(s.id) ?? '·'))]) : [[u('text', String(entity.bySource.size))]]),
  ]);
  return [...nodes, table(header, rows)];
}

function collect(mentions: readonly Mention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const mention of mentions) {
    const entity = byKey.get(mention.key) ?? { key: mention.key, type: mention.type, names: new Map(), bySource: new Map() };
    entity.names.set(mention.text, (entity.names.get(mention.text) ?? 0) + 1);
    entity.bySource.set(mention.source, (entity.bySource.get(mention.source) ?? 0) + 1);
    byKey.set(mention.key, entity);
  }
  const total = (e: Entity) => [...e.bySource.values()].reduce((a, b) => a + b, 0);
  return [...byKey.values()].sort((a, b) => b.bySource.size - a.bySource.size || total(b) - total(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The longest name used for the entity (ties: the most used, then alphabetical). */
function displayName(entity: Entity): string {
  return [...entity.names].sort(([a, na], [b, nb]) => b.length - a.length || nb - na || (a < b ? -1 : 1))[0]?.[0] ?? entity.key;
}
