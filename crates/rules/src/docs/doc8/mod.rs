//! 京科发〔2022〕8号 《中关村国家自主创新示范区优化创新创业生态环境支持资金管理办法（试行）》
//! (innovation ecosystem): 第五条–第二十六条, measures 8.5–8.26. The 办法 is long, so its
//! measures sit in two files by its own sections: `transfer` (第一节 成果转化 and 第二节 公共服务
//! 平台, 8.5–8.13) and `ip_services` (第三节 知识产权和标准 and 第四节 科技服务, 8.14–8.26).

use crate::measure::Doc;
use crate::text::{t, T};

pub mod ip_services;
pub mod transfer;

const ART4: T = t!("8号 第四条", "Doc 8, Art. 4");

/// 第四条 本办法支持对象为注册在中关村示范区范围内的国家高新技术企业和中关村高新技术企业,以及高等
/// 学校、科研机构、医疗卫生机构及社会组织等创新主体。符合支持条件的注册在北京市其他区域的创新主体参照执行。
pub static DOC: Doc = Doc {
    no: 8,
    wenhao: "京科发〔2022〕8号",
    title: t!(
        "中关村国家自主创新示范区优化创新创业生态环境支持资金管理办法（试行）",
        "Measures for the Zhongguancun support fund for the innovation and entrepreneurship ecosystem (trial)",
    ),
    who: article_4!(ART4),
    blacklist_article: t!("8号 第三十条", "Doc 8, Art. 30"),
    double_funding_article: t!("8号 第二十九条", "Doc 8, Art. 29"),
};
