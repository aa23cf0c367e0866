-- Administrative units (行政区划): 自治区/省 → 盟/市 → 旗/县/区 → 苏木/镇/乡, coded by GB/T 2260.
create schema if not exists region;

create table region.admin_unit (
    id        bigint generated always as identity primary key,
    code      char(6) unique,
    name      text not null,
    level     text not null check (level in ('region', 'league', 'county', 'township', 'village')),
    parent_id bigint references region.admin_unit (id)
);
create unique index admin_unit_name_under_parent on region.admin_unit (coalesce(parent_id, 0), name);

-- The units whose codes Lantu is sure of; others are added when a plan names them or by an admin.
insert into region.admin_unit (code, name, level) values ('150000', '内蒙古自治区', 'region');
insert into region.admin_unit (code, name, level, parent_id)
select v.code, v.name, 'league', r.id
from region.admin_unit r,
     (values ('150100', '呼和浩特市'), ('150200', '包头市'), ('150300', '乌海市'), ('150400', '赤峰市'),
             ('150500', '通辽市'), ('150600', '鄂尔多斯市'), ('150700', '呼伦贝尔市'), ('150800', '巴彦淖尔市'),
             ('150900', '乌兰察布市'), ('152200', '兴安盟'), ('152500', '锡林郭勒盟'), ('152900', '阿拉善盟'))
         as v(code, name)
where r.code = '150000';
insert into region.admin_unit (code, name, level, parent_id)
select v.code, v.name, 'county', l.id
from (values ('150602', '东胜区', '150600'), ('150603', '康巴什区', '150600'), ('150621', '达拉特旗', '150600'),
             ('150622', '准格尔旗', '150600'), ('150623', '鄂托克前旗', '150600'), ('150624', '鄂托克旗', '150600'),
             ('150625', '杭锦旗', '150600'), ('150626', '乌审旗', '150600'), ('150627', '伊金霍洛旗', '150600'),
             ('150802', '临河区', '150800'), ('150821', '五原县', '150800'), ('150822', '磴口县', '150800'),
             ('150823', '乌拉特前旗', '150800'), ('150824', '乌拉特中旗', '150800'), ('150825', '乌拉特后旗', '150800'),
             ('150826', '杭锦后旗', '150800'))
         as v(code, name, parent)
         join region.admin_unit l on l.code = v.parent;
