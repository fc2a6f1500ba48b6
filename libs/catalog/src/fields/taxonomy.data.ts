// The industry field taxonomy (copied from the product's fields.json): two levels, 01 and 0101.
export const TAXONOMY: ReadonlyArray<{
  code: string;
  name: string;
  children?: ReadonlyArray<{ code: string; name: string }>;
}> = [
  {
    code: '01',
    name: '新一代信息技术',
    children: [
      {
        code: '0101',
        name: '人工智能',
      },
      {
        code: '0102',
        name: '集成电路',
      },
      {
        code: '0103',
        name: '新一代网络与通信',
      },
      {
        code: '0104',
        name: '软件与信息服务',
      },
      {
        code: '0105',
        name: '物联网与传感器',
      },
      {
        code: '0106',
        name: '大数据与云计算',
      },
      {
        code: '0107',
        name: '网络与信息安全',
      },
    ],
  },
  {
    code: '02',
    name: '高端装备制造',
    children: [
      {
        code: '0201',
        name: '智能制造装备',
      },
      {
        code: '0202',
        name: '机器人',
      },
      {
        code: '0203',
        name: '数控机床',
      },
      {
        code: '0204',
        name: '轨道交通装备',
      },
      {
        code: '0205',
        name: '海洋工程与船舶',
      },
      {
        code: '0206',
        name: '航空航天装备',
      },
      {
        code: '0207',
        name: '工程机械与矿山装备',
      },
    ],
  },
  {
    code: '03',
    name: '新材料',
    children: [
      {
        code: '0301',
        name: '先进金属材料',
      },
      {
        code: '0302',
        name: '先进高分子材料',
      },
      {
        code: '0303',
        name: '无机非金属材料',
      },
      {
        code: '0304',
        name: '复合材料',
      },
      {
        code: '0305',
        name: '前沿新材料',
      },
      {
        code: '0306',
        name: '化工新材料',
      },
    ],
  },
  {
    code: '04',
    name: '生物医药与健康',
    children: [
      {
        code: '0401',
        name: '创新药物',
      },
      {
        code: '0402',
        name: '医疗器械',
      },
      {
        code: '0403',
        name: '生物技术',
      },
      {
        code: '0404',
        name: '中医药',
      },
      {
        code: '0405',
        name: '体外诊断',
      },
    ],
  },
  {
    code: '05',
    name: '新能源汽车与智能网联',
    children: [
      {
        code: '0501',
        name: '动力电池',
      },
      {
        code: '0502',
        name: '电驱动与电控',
      },
      {
        code: '0503',
        name: '智能网联与自动驾驶',
      },
      {
        code: '0504',
        name: '汽车零部件',
      },
      {
        code: '0505',
        name: '充换电设施',
      },
    ],
  },
  {
    code: '06',
    name: '新能源',
    children: [
      {
        code: '0601',
        name: '光伏',
      },
      {
        code: '0602',
        name: '风电',
      },
      {
        code: '0603',
        name: '氢能与燃料电池',
      },
      {
        code: '0604',
        name: '储能',
      },
      {
        code: '0605',
        name: '智能电网',
      },
      {
        code: '0606',
        name: '核能',
      },
    ],
  },
  {
    code: '07',
    name: '节能环保与资源综合利用',
    children: [
      {
        code: '0701',
        name: '大气污染治理',
      },
      {
        code: '0702',
        name: '水污染治理',
      },
      {
        code: '0703',
        name: '固废处理与资源化',
      },
      {
        code: '0704',
        name: '节能技术',
      },
      {
        code: '0705',
        name: '碳捕集与碳减排',
      },
      {
        code: '0706',
        name: '矿产资源综合利用',
      },
    ],
  },
  {
    code: '08',
    name: '现代农业',
    children: [
      {
        code: '0801',
        name: '种业',
      },
      {
        code: '0802',
        name: '智慧农业',
      },
      {
        code: '0803',
        name: '农产品加工与食品',
      },
      {
        code: '0804',
        name: '畜牧与水产',
      },
      {
        code: '0805',
        name: '植物保护与肥料',
      },
    ],
  },
  {
    code: '09',
    name: '数字创意与现代服务',
    children: [
      {
        code: '0901',
        name: '数字内容',
      },
      {
        code: '0902',
        name: '工业设计',
      },
      {
        code: '0903',
        name: '科技服务',
      },
      {
        code: '0904',
        name: '智慧城市',
      },
    ],
  },
  {
    code: '10',
    name: '传统产业升级',
    children: [
      {
        code: '1001',
        name: '冶金',
      },
      {
        code: '1002',
        name: '石化化工',
      },
      {
        code: '1003',
        name: '建材',
      },
      {
        code: '1004',
        name: '纺织服装',
      },
      {
        code: '1005',
        name: '轻工',
      },
      {
        code: '1006',
        name: '煤炭与安全生产',
      },
    ],
  },
];
