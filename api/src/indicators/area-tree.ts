import { createHash } from 'node:crypto';
import type { LocalisedText } from '../../../reports/indicator-catalogue';

/** The reporting levels, from the top: figures pool upward along this hierarchy. */
export const AREA_LEVELS = ['national', 'region', 'municipality', 'service-area', 'meeting-place'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const levelDepth = (level: AreaLevel): number => AREA_LEVELS.indexOf(level);

/**
 * One area of the reporting hierarchy: national → region → municipality → service area →
 * meeting place. Places without a service area belong to an "unassigned" group of their
 * municipality at the service-area level, so that every level adds up to the one above
 * (docs/disclosure.md).
 */
export interface AreaNode {
  /** Unique within the tree: "national", "region:04", "municipality:092", "service-area:<id>", "unassigned:092", "meeting-place:<uuid>". */
  id: string;
  level: AreaLevel;
  /** What the API calls it: region or municipality code, service-area id, place slug; null for national and unassigned groups. */
  code: string | null;
  name: LocalisedText;
  /** Places and service areas can be closed; their past answers still count. */
  active: boolean;
  /** The group of a municipality's places that have no service area. */
  unassigned: boolean;
  /** For meeting places: the id that response rows carry. */
  placeId?: string;
  /** Position in AreaTree.nodes. */
  index: number;
  parent: AreaNode | null;
  children: AreaNode[];
}

export interface RegionRow {
  code: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}
export interface MunicipalityRow extends RegionRow {
  regionCode: string;
}
export interface ServiceAreaRow {
  id: string;
  municipalityCode: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  active: boolean;
}
export interface MeetingPlaceRow extends ServiceAreaRow {
  slug: string;
  serviceAreaId: string | null;
}

const NATIONAL_NAME: LocalisedText = { fi: 'Koko maa', sv: 'Hela landet', en: 'Whole country' };
const UNASSIGNED_NAME = (municipality: LocalisedText): LocalisedText => ({
  fi: `${municipality.fi}: kohtaamispaikat ilman palvelualuetta`,
  sv: `${municipality.sv}: mötesplatser utan serviceområde`,
  en: `${municipality.en}: places without a service area`,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const localised = (fi: string, sv: string | null, en: string | null): LocalisedText => ({ fi, sv: sv || fi, en: en || fi });
const byFinnishName = (a: AreaNode, b: AreaNode) => a.name.fi.localeCompare(b.name.fi, 'fi') || a.id.localeCompare(b.id);
const byCode = (a: AreaNode, b: AreaNode) => (a.code ?? '').localeCompare(b.code ?? '') || a.id.localeCompare(b.id);

/** The whole hierarchy, built from the reference tables (a few hundred rows). */
export class AreaTree {
  readonly root: AreaNode;
  /** Every node, parents before children. */
  readonly nodes: AreaNode[] = [];
  /** A hash of the hierarchy's shape (ids and parents, in order): suppression patterns depend on it. */
  readonly signature: string;
  private readonly byLevelAndCode = new Map<string, AreaNode>();
  private readonly placesById = new Map<string, AreaNode>();
  private readonly nodesById = new Map<string, AreaNode>();

  constructor(regions: RegionRow[], municipalities: MunicipalityRow[], serviceAreas: ServiceAreaRow[], places: MeetingPlaceRow[]) {
    const node = (id: string, level: AreaLevel, code: string | null, name: LocalisedText, parent: AreaNode | null, extra: Partial<AreaNode> = {}): AreaNode => {
      const created: AreaNode = { id, level, code, name, active: true, unassigned: false, parent, children: [], index: -1, ...extra };
      parent?.children.push(created);
      if (code !== null) this.byLevelAndCode.set(`${level}:${code}`, created);
      return created;
    };
    this.root = node('national', 'national', null, NATIONAL_NAME, null);
    for (const r of regions) node(`region:${r.code}`, 'region', r.code, localised(r.nameFi, r.nameSv, r.nameEn), this.root);
    for (const m of municipalities) {
      const region = this.byLevelAndCode.get(`region:${m.regionCode}`);
      if (region) node(`municipality:${m.code}`, 'municipality', m.code, localised(m.nameFi, m.nameSv, m.nameEn), region);
    }
    for (const a of serviceAreas) {
      const municipality = this.byLevelAndCode.get(`municipality:${a.municipalityCode}`);
      if (municipality) {
        node(`service-area:${a.id}`, 'service-area', a.id, localised(a.nameFi, a.nameSv, a.nameEn), municipality, { active: a.active });
      }
    }
    const unassigned = new Map<string, AreaNode>();
    for (const p of places) {
      // A place hangs under its service area (which lies in one municipality), else under its
      // municipality's group of places without a service area.
      let parent = p.serviceAreaId ? this.byLevelAndCode.get(`service-area:${p.serviceAreaId}`) : undefined;
      if (!parent) {
        const municipality = this.byLevelAndCode.get(`municipality:${p.municipalityCode}`);
        if (!municipality) continue;
        parent = unassigned.get(municipality.code!);
        if (!parent) {
          parent = node(`unassigned:${municipality.code}`, 'service-area', null, UNASSIGNED_NAME(municipality.name), municipality, { unassigned: true });
          unassigned.set(municipality.code!, parent);
        }
      }
      const place = node(`meeting-place:${p.id}`, 'meeting-place', p.slug, localised(p.nameFi, p.nameSv, p.nameEn), parent, {
        active: p.active,
        placeId: p.id,
      });
      this.placesById.set(p.id, place);
    }
    const sortChildren = (n: AreaNode) => {
      n.children.sort(n.level === 'national' || n.level === 'region' ? byCode : byFinnishName);
      // Service areas first, the unassigned group last.
      if (n.level === 'municipality') n.children.sort((a, b) => Number(a.unassigned) - Number(b.unassigned));
      n.index = this.nodes.length;
      this.nodes.push(n);
      this.nodesById.set(n.id, n);
      n.children.forEach(sortChildren);
    };
    sortChildren(this.root);
    this.signature = createHash('sha256')
      .update(this.nodes.map((n) => `${n.id}<${n.parent?.id ?? ''}`).join('|'))
      .digest('base64');
  }

  /** The area a request names; meeting places by slug or id. */
  find(level: AreaLevel, code: string | null): AreaNode | undefined {
    if (level === 'national') return this.root;
    if (code === null) return undefined;
    if (level === 'meeting-place' && UUID.test(code)) return this.placesById.get(code.toLowerCase()) ?? this.byLevelAndCode.get(`${level}:${code}`);
    return this.byLevelAndCode.get(`${level}:${code}`);
  }

  /** A node by its id ("region:04", "unassigned:092", …): the same area in another tree. */
  byId(id: string): AreaNode | undefined {
    return this.nodesById.get(id);
  }

  placeNode(placeId: string): AreaNode | undefined {
    return this.placesById.get(placeId);
  }

  /** The areas at `level` under `area` (the area itself when it is at that level). */
  descendantsAt(area: AreaNode, level: AreaLevel): AreaNode[] {
    if (area.level === level) return [area];
    return area.children.flatMap((child) => this.descendantsAt(child, level));
  }

  /** Whether an area holds a place that still collects answers. */
  hasActivePlace(area: AreaNode): boolean {
    return area.level === 'meeting-place' ? area.active : area.children.some((child) => this.hasActivePlace(child));
  }
}
