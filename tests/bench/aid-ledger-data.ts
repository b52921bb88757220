/**
 * SQL that writes a year of generated ledger entries straight into aid_contribution: the demo market's
 * seven cooperatives in five counties, 380,100 orders of 1–4 lines from 40,000 buyers, every 19th line
 * refunded. Deterministic, so every run measures the same data.
 */
export const ORDERS = 380_100
export const BUYERS = 40_000

const cooperatives = `(values
  (0, 'coop_jt', '景泰县五佛乡蜜蜂养殖合作社', 126, 'reg_jingtai', '景泰县', 'reg_baiyin', '白银市', 'reg_gansu', '甘肃省', 'pair_jt', 'donor_xq', '天津市西青区'),
  (1, 'coop_mj', '麦积区花牛果蔬专业合作社', 214, 'reg_maiji', '麦积区', 'reg_tianshui', '天水市', 'reg_gansu', '甘肃省', 'pair_mj', 'donor_xq', '天津市西青区'),
  (2, 'coop_hh', '红河县绣娘合作社', 85, 'reg_honghe', '红河县', 'reg_hhz', '红河哈尼族彝族自治州', 'reg_yunnan', '云南省', 'pair_hh', 'donor_cn', '上海市长宁区'),
  (3, 'coop_hr', '红河县梯田红米种植合作社', 168, 'reg_honghe', '红河县', 'reg_hhz', '红河哈尼族彝族自治州', 'reg_yunnan', '云南省', 'pair_hh', 'donor_cn', '上海市长宁区'),
  (4, 'coop_jp', '金平县锦屏绣娘合作社', 102, 'reg_jinping', '金平县', 'reg_hhz', '红河哈尼族彝族自治州', 'reg_yunnan', '云南省', 'pair_jp', 'donor_cn', '上海市长宁区'),
  (5, 'coop_lc', '绿春县绣娘合作社', 64, 'reg_lvchun', '绿春县', 'reg_hhz', '红河哈尼族彝族自治州', 'reg_yunnan', '云南省', 'pair_lc', 'donor_cn', '上海市长宁区'),
  (6, 'coop_lt', '绿春县玛玉茶专业合作社', 143, 'reg_lvchun', '绿春县', 'reg_hhz', '红河哈尼族彝族自治州', 'reg_yunnan', '云南省', 'pair_lc', 'donor_cn', '上海市长宁区')
) as c(n, id, name, households, county_id, county_name, prefecture_id, prefecture_name, province_id, province_name, pairing_id, donor_id, donor_name)`

// One row per order line: order o has 1 + (o*7919 mod 4) lines; product p = 18 products over 7 cooperatives.
const lines = `
  select o, l, (o * 31 + l * 17) % 18 as p,
    timestamptz '2025-01-01 00:00:00+08' + ((o::bigint * 31536000) / ${ORDERS}) * interval '1 second' as at
  from generate_series(1::bigint, ${ORDERS}) o, generate_series(0, 3) l
  where l <= (o * 7919) % 4`

export const insertEntriesSql = `
insert into aid_contribution (id, kind, source_id, order_id, line_item_id, sale_entry_id, customer_id, product_id,
  product_title, quantity, currency_code, amount, raw_amount, occurred_at, cooperative_id, cooperative_name,
  households, county_id, county_name, prefecture_id, prefecture_name, province_id, province_name, pairings,
  certified, certificate_number)
select 'aidc_' || o || '_' || l, 'sale', 'order_' || o, 'order_' || o, 'ordli_' || o || '_' || l, null,
  'cus_' || ((o::bigint * 2654435761) % ${BUYERS}), 'prod_' || p, '产品 ' || p, 1 + (o + l) % 3, 'cny',
  (38 + (p * 13) % 160) * (1 + (o + l) % 3), '{}', at, c.id, c.name, c.households, c.county_id, c.county_name,
  c.prefecture_id, c.prefecture_name, c.province_id, c.province_name,
  jsonb_build_array(jsonb_build_object('id', c.pairing_id, 'donor_id', c.donor_id, 'donor_name', c.donor_name,
    'region_id', c.county_id, 'region_name', c.county_name, 'since_year', 2017)),
  p % 5 <> 4, case when p % 5 <> 4 then 'XFBF-' || p end
from (${lines}) line join ${cooperatives} on c.n = line.p % 7;

insert into aid_contribution (id, kind, source_id, order_id, line_item_id, sale_entry_id, customer_id, product_id,
  product_title, quantity, currency_code, amount, raw_amount, occurred_at, cooperative_id, cooperative_name,
  households, county_id, county_name, prefecture_id, prefecture_name, province_id, province_name, pairings,
  certified, certificate_number)
select 'aidc_r_' || s.line_item_id, 'refund', 'refund_' || s.line_item_id, s.order_id, s.line_item_id, s.id,
  s.customer_id, s.product_id, s.product_title, 0, s.currency_code, -s.amount, '{}',
  s.occurred_at + interval '3 days', s.cooperative_id, s.cooperative_name, s.households, s.county_id,
  s.county_name, s.prefecture_id, s.prefecture_name, s.province_id, s.province_name, s.pairings, s.certified,
  s.certificate_number
from aid_contribution s where s.kind = 'sale' and hashtext(s.line_item_id) % 19 = 0;
`
