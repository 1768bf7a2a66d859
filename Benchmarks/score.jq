# The weighted score of one ecsec assessment, computed the way the README defines it, for
# comparison with `ecsec score`. Usage:
#   jq -c --slurpfile cl Checklists/ipa-ec-site.json -f Benchmarks/score.jq shop.json
def credit: if . == "implemented" or . == "delegated" then 1 elif . == "partial" then 0.5 else 0 end;
. as $a
| ($cl[0]) as $c
| [ $c.sections[].controls[]
    | select((.appliesWhen // {}) | to_entries | all(. as $e | ($a.profile[$e.key]) as $v | $v == null or ($e.value | index($v)) != null))
    | { w: (.weight // $c.scoring.weights[.priority]), s: ($a.answers[.id].status // "unanswered") }
    | select(.s != "notApplicable") ]
| (map(.w) | add // 0) as $total
| { file: input_filename,
    score: (if $total == 0 then null else ((100 * (map(.w * (.s | credit)) | add) / $total) * 10 + 0.5 | floor) / 10 end) }
