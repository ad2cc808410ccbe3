package org.stressharness.report.html;

/**
 * The frame shared by the run report and the comparison page: inline style, the filter toolbar and its script.
 * Nothing is loaded from elsewhere, so a page works opened from a downloaded CI artifact.
 *
 * <p>The filter acts on every element carrying {@code data-key} (lower-case text to match) and
 * {@code data-status}; sections are {@code details} elements, collapsed unless they need attention.
 */
final class HtmlPage {

    private HtmlPage() {
    }

    static void open(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n");
    }

    /** The filter box, status toggles and expand/collapse buttons. */
    static void toolbar(StringBuilder h, boolean statusToggles) {
        h.append("<div class=\"toolbar\"><input id=\"filter\" type=\"search\" placeholder=\"filter by test, status, ")
                .append("outcome, message …\" aria-label=\"filter\"> ");
        if (statusToggles) {
            for (String s : new String[]{"FAILED", "ERROR", "INTERESTING", "NOT_OBSERVED", "PASSED"}) {
                h.append("<label class=\"st ").append(s).append("\"><input type=\"checkbox\" class=\"stf\" value=\"")
                        .append(s).append("\" checked> ").append(s.replace('_', ' ')).append("</label> ");
            }
        }
        h.append("<button type=\"button\" id=\"expand\">expand shown</button> ")
                .append("<button type=\"button\" id=\"collapse\">collapse all</button> ")
                .append("<span id=\"shown\"></span></div>\n");
    }

    static void close(StringBuilder h) {
        h.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5em;max-width:1400px;color:#222}
            h1{font-size:1.5em;margin:.2em 0}h2{display:inline;font-size:1.2em}
            table{border-collapse:collapse;margin:.4em 0}
            td,th{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .kv th{background:#f3f3f3;font-weight:normal}
            .pairs td{vertical-align:top}.pairs td div{margin:.1em 0}
            .g{text-decoration:none;white-space:nowrap;margin-right:.5em}.g.ok{color:#1e6b34}
            .g.no{color:#b00020;font-weight:bold}tr.broken td{background:#fdecea}
            .matrix summary{cursor:pointer;white-space:nowrap}.matrix details[open]{max-width:40em}
            .st{padding:1px 6px;border-radius:3px;font-weight:bold;font-size:.9em;white-space:nowrap}
            .PASSED{background:#d4edda}.NOT_OBSERVED{background:#e2e3e5}.INTERESTING{background:#fff3cd}
            .FAILED{background:#f8d7da}
            .ERROR{background:#e2c6f0}
            tr.seen-FORBIDDEN td,tr.seen-UNKNOWN td{background:#f8d7da}
            tr.seen-ACCEPTABLE_INTERESTING td{background:#fff3cd}
            td.never{color:#555;font-style:italic}td.gap{background:#ffe0b2}
            .attention{border-left:6px solid #b00020;background:#fff5f5;padding:.3em .8em;margin:.6em 0}
            .attention.clear{border-left-color:#2e7d32;background:#f3faf3}
            .attention h2{display:inline}.attention ul{margin:.3em 0}.attention li{margin:.25em 0}
            .host summary{color:#555;cursor:pointer}
            .summary{font-size:1.1em;margin:.6em 0}.summary .st{font-size:1em;margin-right:.4em}
            .toolbar{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd;z-index:1}
            #filter{width:28em;padding:3px}#shown{color:#666;margin-left:.5em}
            details.sec{margin:1em 0}details.sec>summary{cursor:pointer;padding:.2em 0}
            details.result{margin:.2em 0 .2em 1em;border-left:3px solid #ddd;padding-left:.5em}
            details.result>summary{cursor:pointer}details.result[open]{border-left-color:#888}
            .msg{color:#444}.dur{color:#777;font-size:.9em}
            pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:30em;font-size:.85em}
            code{background:#f3f3f3;padding:0 3px}.repro code{user-select:all}
            svg.chart{border:1px solid #ddd;background:#fcfcfc;margin:.4em 0;flex:none}
            .scenario{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
            .note{color:#555;font-size:.9em}
            """;

    private static final String SCRIPT = """
            (function(){
            var box=document.getElementById('filter'),shown=document.getElementById('shown');
            if(!box)return;
            var items=Array.prototype.slice.call(document.querySelectorAll('[data-key]'));
            var toggles=Array.prototype.slice.call(document.querySelectorAll('input.stf'));
            var total=items.filter(function(e){return e.tagName==='DETAILS';}).length,timer;
            function apply(){
              var words=box.value.toLowerCase().split(/\\s+/).filter(function(w){return w.length>0;});
              var on={};toggles.forEach(function(c){on[c.value]=c.checked;});
              var n=0;
              for(var i=0;i<items.length;i++){
                var e=items[i],key=e.getAttribute('data-key'),st=e.getAttribute('data-status'),ok=!st||on[st]!==false;
                for(var j=0;ok&&j<words.length;j++){ok=key.indexOf(words[j])>=0;}
                e.hidden=!ok;if(ok&&e.tagName==='DETAILS')n++;
              }
              if(shown)shown.textContent=n+' of '+total+' results shown';
            }
            box.addEventListener('input',function(){clearTimeout(timer);timer=setTimeout(apply,150);});
            toggles.forEach(function(c){c.addEventListener('change',apply);});
            document.getElementById('expand').addEventListener('click',function(){
              document.querySelectorAll('details').forEach(function(d){if(!d.hidden)d.open=true;});});
            document.getElementById('collapse').addEventListener('click',function(){
              document.querySelectorAll('details.result').forEach(function(d){d.open=false;});});
            apply();
            })();
            """;
}
