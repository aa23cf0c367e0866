package org.lantu.ingest.internal.text;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the navigation, breadcrumb, metadata and footer lines that web pages wrap a plan in
 * (您好,欢迎来到…, 当前位置:首页 - …, 主办:…, 蒙ICP备…). They are dropped from the analysis and listed in the
 * output, so nothing disappears silently.
 */
public final class BoilerplateFilter {

    private static final Pattern ANYWHERE = Pattern.compile(
            "^(您好[,，].{0,20}欢迎|欢迎(来到|访问)|当前位置[:：]|您的位置[:：]|首页\\s*[>»-]|字号[:：]|【?\\s*字体[:：]|"
                    + "分享到[:：]?|打印本页|关闭窗口|【打印】|【关闭】|扫一扫|在手机(上)?查看|网站地图|联系我们|"
                    + "主办[:：]|承办[:：]|协办[:：]|技术支持[:：]|版权所有|Copyright|©|政府网站标识码|网站标识码|"
                    + "Email[:：]|E-mail[:：]|电话[:：]|传真[:：]|地址[:：]|邮编[:：]|浏览次数|访问量|阅读次数|"
                    + "上一篇[:：]|下一篇[:：]|相关(文章|链接|阅读)[:：]?)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern REGISTRATION = Pattern.compile("(ICP备|ICP证|公网安备)\\s*\\d");

    private static final Pattern HEADER_ONLY = Pattern.compile("^(来源|信息来源|发布(时间|日期)|发文机关|索引号|文号)[:：]");

    private BoilerplateFilter() {}

    /**
     * @param text a normalised line
     * @param inHeader whether the line sits before the document's body (where 来源:/发布时间: lines are
     *     page metadata rather than text)
     * @return why the line is boilerplate, or null if it is not
     */
    public static @Nullable String reason(String text, boolean inHeader) {
        if (text.length() > 80) {
            return null;
        }
        if (REGISTRATION.matcher(text).find()) {
            return "web footer";
        }
        if (ANYWHERE.matcher(text).find()) {
            return text.startsWith("当前位置") || text.startsWith("您的位置") || text.startsWith("首页")
                    ? "web breadcrumb"
                    : "web navigation or footer";
        }
        if (inHeader && HEADER_ONLY.matcher(text).find()) {
            return "web page metadata";
        }
        return null;
    }
}
