/**
 * The industry mix of the synthetic Baotou Rare Earth Hi-Tech Zone register: GB/T 4754-2017
 * classes with their share of the zone's enterprises, how many do R&D, how many belong to the
 * rare-earth chain, their sector tags and the words their names are made of. Shares are
 * plausible guesses for a high-tech zone dominated by trade, services and small manufacturers,
 * not statistics.
 */

/** One industry of the mix. */
export interface Industry {
  /** GB/T 4754-2017 class */
  code: string;
  /** relative share of the register (weights, summed over the list) */
  weight: number;
  /** probability that a firm reports R&D expense */
  rd: number;
  /** probability that a firm is tagged `rare-earth` */
  rareEarth: number;
  /** further sector tags (one is picked) */
  tags: readonly string[];
  /** name endings, e.g. 磁材科技有限公司 */
  names: readonly string[];
  /** probability of an investment project (sign-to-scale chain) */
  project: number;
}

/** The mix. Manufacturing classes of the rare-earth chain first, then trade and services. */
export const INDUSTRIES: readonly Industry[] = [
  { code: "3985", weight: 5, rd: 0.75, rareEarth: 0.9, tags: ["permanent-magnet", "polishing-powder", "integrated-circuit-materials"], names: ["磁材科技有限公司", "磁业有限公司", "新材料科技有限公司"], project: 0.08 },
  { code: "3232", weight: 1.2, rd: 0.6, rareEarth: 1, tags: ["smelting-separation"], names: ["稀土冶炼有限公司", "稀土分离有限责任公司"], project: 0.1 },
  { code: "3240", weight: 1.5, rd: 0.55, rareEarth: 0.7, tags: ["hydrogen-storage", "rare-earth-alloy"], names: ["合金材料有限公司", "稀土合金有限公司"], project: 0.06 },
  { code: "3812", weight: 1.5, rd: 0.6, rareEarth: 0.6, tags: ["permanent-magnet-motor"], names: ["电机有限公司", "电机科技有限公司"], project: 0.05 },
  { code: "3813", weight: 0.8, rd: 0.6, rareEarth: 0.6, tags: ["permanent-magnet-motor"], names: ["微电机有限公司", "伺服电机有限公司"], project: 0.04 },
  { code: "3842", weight: 0.8, rd: 0.6, rareEarth: 0.7, tags: ["hydrogen-storage", "battery"], names: ["电池有限公司", "新能源科技有限公司"], project: 0.05 },
  { code: "4210", weight: 0.8, rd: 0.35, rareEarth: 0.6, tags: ["recycling"], names: ["再生资源有限公司", "资源循环科技有限公司"], project: 0.04 },
  { code: "0932", weight: 0.3, rd: 0.3, rareEarth: 1, tags: ["mining"], names: ["矿业有限公司", "稀土矿业有限责任公司"], project: 0.05 },
  { code: "3360", weight: 1.5, rd: 0.3, rareEarth: 0.1, tags: ["surface-treatment"], names: ["表面处理有限公司", "金属制品有限公司"], project: 0.03 },
  { code: "3311", weight: 2, rd: 0.25, rareEarth: 0.05, tags: ["steel-structures"], names: ["钢结构有限公司", "金属结构有限公司"], project: 0.03 },
  { code: "5164", weight: 9, rd: 0.03, rareEarth: 0.35, tags: ["trading"], names: ["金属材料有限公司", "贸易有限公司", "稀土贸易有限公司"], project: 0 },
  { code: "5191", weight: 7, rd: 0.02, rareEarth: 0.05, tags: ["trading", "recycling"], names: ["物资回收有限公司", "商贸有限公司"], project: 0 },
  { code: "5211", weight: 6, rd: 0.01, rareEarth: 0, tags: ["retail"], names: ["商贸有限公司", "百货有限公司"], project: 0 },
  { code: "6513", weight: 8, rd: 0.7, rareEarth: 0.1, tags: ["industrial-software", "software"], names: ["软件有限公司", "信息技术有限公司", "智能科技有限公司"], project: 0.01 },
  { code: "6560", weight: 5, rd: 0.35, rareEarth: 0.03, tags: ["it-services"], names: ["信息咨询有限公司", "数字科技有限公司"], project: 0 },
  { code: "7320", weight: 3, rd: 0.9, rareEarth: 0.5, tags: ["research"], names: ["新材料研究院有限公司", "技术研究有限公司"], project: 0.02 },
  { code: "7590", weight: 4, rd: 0.4, rareEarth: 0.2, tags: ["technology-services"], names: ["科技服务有限公司", "技术推广有限公司"], project: 0 },
  { code: "4710", weight: 3, rd: 0.05, rareEarth: 0, tags: ["construction"], names: ["建筑工程有限公司", "建设有限公司"], project: 0 },
  { code: "4790", weight: 2, rd: 0.05, rareEarth: 0, tags: ["construction"], names: ["建筑安装有限公司", "工程有限公司"], project: 0 },
  { code: "6210", weight: 4, rd: 0, rareEarth: 0, tags: ["catering"], names: ["餐饮管理有限公司", "餐饮有限公司"], project: 0 },
  { code: "7212", weight: 3, rd: 0, rareEarth: 0.05, tags: ["investment"], names: ["投资管理有限公司", "企业管理有限公司"], project: 0.01 },
  { code: "5430", weight: 3, rd: 0, rareEarth: 0, tags: ["logistics"], names: ["物流有限公司", "运输有限公司"], project: 0 },
  { code: "7010", weight: 0.8, rd: 0, rareEarth: 0, tags: ["real-estate"], names: ["房地产开发有限公司", "置业有限公司"], project: 0.05 },
];

/** First characters of firm names after 包头 (two are drawn). */
export const NAME_CHARS = [..."稀鑫瑞宏恒泰华昌盛源磁金钢宇科创明通达远隆丰博信嘉和晶稀耀北辰中天润启"];

/** The weight table for drawing an industry. */
export const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = INDUSTRIES.map((i) => [i, i.weight] as const);
