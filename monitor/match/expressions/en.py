"""English control-change expressions (see the package docstring for the signature format)."""

# ruff: noqa: E501 -- regex alternations read better unbroken

from monitor.match.expressions import HEADLINE, HEADLINE_END, Lexicon

_TAKE = r"(?:take|takes|took|taken|taking)"
_GAIN = r"(?:gain|gains|gained|gaining|seize|seizes|seized|seizing|assume|assumed|assumes|win|won|wrest|wrested|regain|regained|regaining|establish|established)"
_FULL = r"(?:(?:full|complete|total|effective) )?"
# after a force's plural noun: "Peruvian infantry advancing from the south occupied X"
# What "occupied" takes as its object: the city, "the town of X", "the state capital, X".
_OCCUPIED_OBJECT = r"(?= (?:the (?:city|town) of |the (?:\S+ )?(?:capital|city|town|port) (?:, )?)?@p)"

_FORCE_BEHIND = "(?:" + "|".join(
    f"(?<={noun} )"
    for noun in (
        *("troops", "forces", "cavalry", "infantry", "soldiers", "units", "fighters", "rebels", "columns"),
        *(r"@a\d", r"@a\d\d"),  # a watched side named by its troops: "Sudanese troops advancing …"
    )
) + ")"
# a watched side, or its force's plural noun, right before a verb that says too little with another
# subject ("his men now controlled the town": whose men, the sentence may not say)
_SIDE_BEHIND = "(?:" + "|".join(
    (
        r"(?<=@a\d )", r"(?<=@a\d\d )",
        *(f"(?<={noun} )" for noun in ("troops", "forces", "soldiers", "fighters", "rebels", "militiamen")),
        *(f"(?<={noun} )" for noun in ("insurgents", "guerrillas", "paratroopers", "marines", "units")),
    )
) + ")"
# "a blockade that has left X short of fuel": to leave a city in a state is no departure from it
_LEFT_IN_STATE = (
    r"(?:the (?:city|town) of )?@p\d+ (?:(?:largely|almost|completely|virtually|badly|dangerously|severely) )?"
    r"(?:short of|cut off|isolated|in ruins|in darkness|without (?:power|electricity|water|food|fuel)|devastated|paraly[sz]ed|reeling)"
)

LEXICON = Lexicon(
    lang="en",
    capture=(
        # the city's last resistance ended by a side: "police put an end to the resistance of X"
        r"(?:ended|ending|ends|broke|breaking|crushed|crushing|(?:put|puts|putting) an end to) (?:the )?(?:last )?"
        r"resistance (?:in|of|at)(?= (?:the (?:city|town) of )?@p\d+)|"
        # the other side's occupation ended by the subject: "the army ended the RSF's occupation of X"
        r"(?:ended|ending|ends|end) (?:the |its |their |a |an )?(?:\S+ ){0,4}?occupation of(?= (?:the (?:city|town) of )?@p\d+)|"
        r"(?:crushed|crushing|mopped up|mopping up|cleared|clearing|eliminated|wiped out) (?:the )?(?:last )?"
        r"(?:remaining )?pockets of (?:\S+ )?resistance (?:in|at)(?= (?:the (?:city|town) of )?@p\d+)|"
        # cleared in the passive, of the other side: "X was cleared of RSF fighters"
        r"(?:(?<=@p\d )|(?<=@p\d\d ))(?:was|were|has been|had been|have been) (?:fully |completely )?cleared"
        r"(?= of (?:(?:the|all|remaining) )*(?:@a\d+|(?:\S+ )?(?:forces|fighters|troops|militants|rebels|insurgents"
        r"|militiamen|jihadists|gunmen)\b))|"
        # control held again: "the army once again controls X" (a retaking told by its end)
        r"(?:once )?again (?:fully )?controls?(?= (?:the (?:city|town) of )?@p\d+)|"
        # the passive of it: "X is once again controlled by the army"
        r"(?:is|are|was|were) (?:once )?again (?:fully )?controlled(?= by )|"
        # a side says on a day it controls the city, or has it in its power
        r"(?:say|says|said) (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?(?:that )?(?:they|it) (?:now )?control(?:s)?(?= (?:the (?:city|town) of )?@p\d+)|(?:have|has)(?: now)?(?= (?:the (?:city|town) of )?@p\d+ in (?:their|its) power)|"
        # a side now holds the city: "Boko Haram now holds X"
        r"now holds?(?= (?:the (?:city|town) of )?@p\d+)|"
        # control restored or brought about, a battle won: "restored control over X", "brought X under their control", "won the battle for X"
        # a narrative past: "by nightfall the rebels were masters of X" (not "… since March")
        r"(?:were|was) (?:already |now |then |entirely |completely )?(?:the )?masters?(?= of )(?! (?:\S+ ){0,5}?since )|(?:made|make|makes) (?:themselves|itself) masters? (?= of )|"
        r"(?:restor|re establish|reestablish|reassert)(?:ed|es|s|ing)? (?:\S+ ){0,2}?control (?:over|of)|(?:brought|bring|brings|bringing)(?= (?:the (?:city|town) of )?@p\d+ (?:back )?under (?:\S+ ){0,2}?control)|(?:won|wins|win|winning) (?:\S+ ){0,2}?the (?:battle|fight) (?:for|of)|victory in the (?:battle|fight) (?:for|of)|(?:recover|reclaim)(?:s|ed|ing)?(?= (?:the (?:city|town) of )?@p\d+)|"
        rf"reoccup(?:y|ies|ied|ying)|declar\w* (?:\S+ ){{0,2}}?@p\d+ (?:\S+ )?(?:free|liberated)|storm(?:s|ed)(?! into)|(?=occupied){HEADLINE}occupied{HEADLINE_END}|we (?:now )?(?:fully |completely )?control(?= (?:the (?:city|town) of )?@p\d+)|(?:re)?captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|overr[au]n(?:s|ning)?|overtook|overtaken|wrest(?:s|ed|ing)?(?= (?:\S+ ){{0,3}}?@p\d+ from)|(?:(?<=was )|(?<=were )|(?<=been ))wrested(?= from )"
        # "claimed X" (not "claims X is safe": a verb of saying before its clause)
        rf"|claim(?:s|ed|ing)?(?= (?:the (?:city|town) of )?@p\d+(?!\d)(?! (?:is|are|was|were|has|have|had|remains?|remained|stays?|stayed|will|would|can|could)\b))|(?:is|are|was|were) (?:now )?back in (?:full )?control of|(?:re)?conquer(?:s|ed|ing)?|retak(?:e|es|en|ing)|retook|liberat(?:e|es|ed|ing)"
        rf"|fre(?:e|es|ed|eing)(?= (?:the (?:city|town) of )?@p\d+)|(?:clear(?:s|ed|ing)?|cleansed|purged)"
        # (of the other side, not of mines or rubble: "cleared X of army forces", "had \"cleansed\" X of")
        r"(?= (?:[\"'“”] )?(?:the (?:city|town) of )?@p\d+ of (?:(?:the|all|remaining) )*"
        r"(?:@a\d+|(?:\S+ )?(?:forces|fighters|troops|militants|rebels|insurgents|militiamen|jihadists|gunmen)\b))"
        # control taken "there", the city named before: "an operation in X … established full control there"
        rf"|(?:{_GAIN}|{_TAKE}) {_FULL}control(?= there)"
        rf"|{_TAKE} (?:over|back|{_FULL}control (?:of|over))|{_TAKE}"
        rf"|claim(?:s|ed)? to (?:now )?control|(?:say|says|said) (?:they|it) (?:now )?control(?:s|led)?|{_GAIN} {_FULL}control (?:of|over)|regain(?:s|ed|ing)?|win(?:s)? back|won back|wrest(?:s|ed|ing)? back"
        rf"|(?:has|have|had) (?:now )?(?:fully |completely |entirely )?occupied|(?<=@a\d )occupied{_OCCUPIED_OBJECT}|(?:(?<=@p\d and )|(?<=@p\d\d and ))occupied(?= @p\d)"
        # "the M23 rebels occupied X": a side's fighters, then the verb
        rf"|(?:(?<=@a\d rebels )|(?<=@a\d\d rebels )|(?<=@a\d troops )|(?<=@a\d\d troops )|(?<=@a\d forces )|(?<=@a\d\d forces )|(?<=@a\d fighters )|(?<=@a\d\d fighters )|(?<=@a\d soldiers )|(?<=@a\d\d soldiers )|(?<=@a\d militants )|(?<=@a\d\d militants )|(?<=@a\d units )|(?<=@a\d\d units )|(?<=@a\d marines )|(?<=@a\d\d marines ))occupied{_OCCUPIED_OBJECT}"
        rf"|(?<=@a\d\d )occupied{_OCCUPIED_OBJECT}"
        # "Peruvian troops and tanks occupied X": a force's plural noun right before the verb
        rf"|(?:(?<=troops )|(?<=forces )|(?<=tanks )|(?<=cavalry )|(?<=infantry )|(?<=soldiers )|(?<=units )|(?<=fighters )|(?<=rebels )|(?<=militiamen )|(?<=militias )|(?<=insurgents )|(?<=paratroopers )|(?<=marines )|(?<=commandos )|(?<=guerrillas )|(?<=columns ))occupied{_OCCUPIED_OBJECT}|(?:was|were|has been|have been) occupied(?= (?:on \S+ |overnight |yesterday |today |early on \S+ |late on \S+ )?by)|secured|secures|securing"
        # "Peruvian infantry advancing from the south occupied X": a participle's phrase between them
        rf"|{_FORCE_BEHIND}(?:advancing|moving|pushing|marching|driving|striking|coming) (?:up |down |in )?(?:from|across|along|through|over) (?:(?!@p)\S+ ){{1,3}}?occupied{_OCCUPIED_OBJECT}"
        # "made themselves masters of X", "are now masters of X", "carried by storm", "was won by"
        rf"|made (?:themselves|itself) masters? of|(?:is|are) now (?:the )?masters? of|carried by (?:storm|assault)"
        rf"|(?:was|were|has been|had been) won(?= (?:\S+ ){{0,2}}?by)"
        rf"|(?:is|are|was|were) (?:now )?in (?:full|complete|undisputed|total) possession of|(?:is|are|was|were) now in possession of|(?:took|taken|take|takes|taking) (?:full )?possession of|(?:fully|completely|entirely) occupied"
        rf"|(?:is|are|was|were) now (?:in )?(?:full |complete |total )?control of|(?:managed|succeeded) (?:to|in) control(?:ling)?(?= @p)|now (?:fully )?controls?|now occup(?:y|ies)|{_SIDE_BEHIND}now (?:fully )?controlled|(?:has|have) (?:now )?(?:taken )?(?:full|complete|total) control (?:of|over)"
        # a side in full control at the city, or holding its streets: "troops controlled the streets of X"
        rf"|(?:is|are|was|were) (?:now )?in (?:full|complete|total|firm) control (?:of|at|in|over)"
        # the same with its verb ("by Sunday the RSF fully controlled X"; not a relative clause
        # describing the side, "the group, which fully controls X": a state of before)
        rf"|(?<!which )(?<!who )(?<!that )(?:fully|completely|entirely|totally) control(?:s|led)(?= (?:the (?:city|town) of )?@p\d+)"
        rf"|{_SIDE_BEHIND}control(?:s|led)? (?:all )?the (?:main |central )?streets of(?= (?:(?:this|the) )?(?:(?:city|town|capital) (?:of )?)?@p\d+)"
        rf"|claim(?:ed|s)? (?:full |total |complete )?control (?:of|over)|(?:enter|entered|entering) and (?:took|captured|seized)|swe(?:pt|eps?|eeping) into|(?:declar|proclaim)\w* (?:final |full |total )?victory (?:in the (?:battle|fight) (?:for|of)|in|over)|roll(?:ed|s|ing)? into"
    ),
    retake=r"reoccup\w*|recaptur\w*|retak\w*|retook|liberat\w*|regain\w*|back|again|won back|reconquer\w*|free\w*|clear\w*",
    fall=(
        # control of the city passed to a side: "Control of X passed to the rebels"
        r"(?:(?<=control of @p\d )|(?<=control of @p\d\d ))(?:passed|passes|has passed|went)(?= (?:\S+ ){0,2}?to )|"
        # "X passed entirely under the authority of the rebels"
        r"(?:(?<=@p\d )|(?<=@p\d\d ))(?:has )?pass(?:ed|es) (?:(?:entirely|wholly|completely|fully) )?under the (?:full )?(?:control|authority|rule)(?= of )|"
        r"(?:(?<=@p\d )|(?<=@p\d\d ))(?:is|are) (?:now )?ours|"
        # a commander's quote: "X is under our control", "X is now fully in our hands"
        r"(?:(?<=@p\d )|(?<=@p\d\d ))(?:is|are) (?:now )?(?:(?:fully|completely|entirely) )?(?:under our control|in our hands)|"
        # "the whole of X was in our possession": a commander's report, told after the day
        r"(?:(?<=@p\d )|(?<=@p\d\d ))(?:is|are|was|were) (?:now )?(?:(?:fully|completely|entirely|wholly) )?in our possession|fall|falls|fell|fallen|falling|collaps(?:e|ed|es)|surrender(?:ed|s)?(?= to)|capitulat(?:ed|es)(?= to)"
        # the city itself gave in ("Antwerp surrendered yesterday"): it fell to the besieger
        # the city changed hands today, to whom another clause says (not "has changed hands several
        # times", "changed hands repeatedly": a history)
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:has )?chang(?:ed|es) hands(?! (?:\S+ )?times| repeatedly| often| back and forth)"
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:surrendered|surrenders|capitulated|capitulates)"
        r"(?! (?:its|their|his|the|a|an|all|some|weapons|arms|prisoners|hostages)\b)"
        r"|(?:came|come|comes|fell|passed|returned|returning|returns) (?:back )?(?:under|into|to)"
        r"(?: the)?(?: @a\d+(?: s)?| government| rebel| army)?(?: full| complete)? (?:control|hands)"
        r"|(?:is|was|are) (?:back|(?:once )?again) (?:under|in)(?: the)?(?: full)?(?: \S+)? (?:control|hands)"
        # "again" after the state: "X was in rebel hands again on Friday"
        r"|(?:is|was|are|were) (?:under|in)(?: the)?(?: full)?(?: \S+)? (?:control|hands) (?:once )?again"
        r"|back (?:under|in|into)(?: the)?(?: full)?(?: \S+)? (?:control|hands)"
        r"|(?:now )?(?:under (?:\S+ ){1,2}?(?:control|rule)|in the hands of(?: the)? @a\d+|(?:(?:fully|completely|entirely|wholly) )?in (?:the )?possession of(?: the)? @a\d+|in (?:\S+ ){1,2}?hands|under (?:the )?control of(?: the)? @a\d+)"  # a headline: "X under rebel control"
        r"|(?:is|are|was|were) now (?:(?:fully|completely|entirely|firmly) )?(?:in (?:\S+ ){1,2}?hands|under (?:\S+ ){1,2}?control)"
        r"|(?:has|have) been (?:in (?:\S+ ){1,2}?hands|under (?:\S+ ){1,2}?control)(?= since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday))"
        r"|(?:is|are|was|were|fell) (?:now )?(?:in|into) enemy hands|(?:is|are|was|were) now (?:\w+ )?(?:in the hands of|in (?:the )?possession of|under (?:the )?control of|controlled by|held by|occupied by)"
        # "by nightfall the town was entirely in the possession of the rebels": the whole town, a taking done
        r"|(?:is|are|was|were) (?:now )?(?:entirely|completely|wholly|fully) (?:in the hands of|in (?:the )?possession of|under the control of)"
    ),
    withdraw=(
        r"flight(?= of )|"
        # the army's words for a retreat: "troops repositioned out of X", "redeployed from X"
        r"(?:repositioned|redeployed|relocated)(?= (?:\S+ ){0,3}?(?:out of|from) (?:the (?:city|town) of )?@p\d+)|"
        # the holder vacates the city: "vacated X"
        r"vacat(?:e|ed|es|ing)(?= (?:the (?:city|town) of )?@p\d+)|"
        r"withdr[ae]w(?:n|s|ing)?|withdrawal|departure(?= of)|retreat(?:s|ed|ing)?|pull(?:ed|s|ing)? (?:out|back)"
        rf"|abandon(?:s|ed|ing)?|evacuat(?:e|ed|es|ing)|fled|flee|(?:left|leave|leaves|leaving)(?! {_LEFT_IN_STATE})"
        r"|pullout|pull out|pull(?:ed|s|ing)? (?:\S+ ){1,3}?out of|exit(?:ed)?|redeploy(?:ed|s|ing)?(?= (?:\S+ ){0,3}?(?:outside|out of|away from|from))"
        r"|(?:(?:admit\w*|acknowledg\w*|confirm\w*|conced\w*) (?:the )?)?loss(?= of )|(?:was|were|been|being) (?:driven|pushed|forced|kicked|chased|flushed) out|(?:was|were|been|being) (?:expelled|ousted|routed|evicted|chased) from|lost(?: control (?:of|over)| (?:its|their|his) grip on)?|loses(?: control (?:of|over)| (?:its|their|his) grip on)?|losing(?: control (?:of|over)| (?:its|their|his) grip on)?|relinquish(?:ed|es|ing)? (?:its |their |full )?control (?:of|over)"
    ),
    nominal=(
        r"fall|capture|recapture|seizure|takeover|take over|conquest|reconquest|liberation|retaking"
        r"|capitulation(?= of)"
        r"|(?:full|complete|total) control (?:of|over)|assumption of (?:full |complete |total )?control (?:of|over)"
    ),
    to_holder=r"to|into the hands of|to the|in the hands of|under the control of|under|into",
    agent=r"by",
    passive=r"was|were|been|is|are|be|being|has been|had been|have been",
    source=r"from|of",
    locative=(
        r"in|inside|near|nearby|at|around|outside|towards?|into|on|across|within|beyond|past|onto|via"
        r"|between|through|toward|approaching|against|about|for|after|before"
    ),
    blockers=(
        r"denying|bet|bets|betting|talks on|talks about|talks over|negotiations on|negotiations over|negotiations about|"
        r"retain\w*|maintain\w*|keep\w*|kept|still|legally|formally|contested|disputed|not|n t|(?<=n )t|never|no|nor|without|fail|fails|failed|failing|attempt\w*|decid\w*|promis\w*|swor\w*|swear\w*|decision to|try|tries|tried|trying"
        r"|seek|seeks|sought|seeking|aim\w*|plan(?:s|ned|ning)?(?!\w)|threat\w*|could|would|might|may|will|ll|shall|should|refus(?:e|es|ed|ing)"
        r"|must|can|cannot|about to|closer|close to|near|nearing|poised|bid|bids|push to|pushing to"
        r"|battle for|fight for|fight to|fights to|fought to|fighting to|battl\w* to|operation to|offensive to|campaign to|drive to|launch\w*|want\w*|hope\w*|vow\w*|pledg\w*|prepar\w*"
        r"|expect\w*|likely|unlikely|risk\w*|fear\w*|if|unless|whether|verge|brink|struggl\w*|effort\w*"
        r"|intend\w*|intent\w*|ready|set to|goal|objective|target\w*|surround\w*|encircl\w*|besieg\w*"
        r"|siege|imminent|possible|possibly|potential|deny|denied|denies|rumou?r\w*|order\w* to|urg\w*"
        r"|prevent\w*|avoid\w*|resist\w*|repel\w*|repuls\w*|thwart\w*|call\w* for|call\w* on|demand\w*|ultimatum|press(?:es|ed|ing)|pressur\w*|persuad\w*|convinc\w*"
        r"|purpose|would be|aimed|designed|how|what if|scenario|fail to|unable|able to|bent on|determined|anticipat\w*|on the verge|within reach|on the cusp|within striking distance|yet to|left to"
        # an arrangement's future: "under the deal, the rebels are to leave X within a week"
        r"|(?:is|are|was|were) (?:due )?to(?= (?:withdraw|leave|pull|hand|evacuate|cede|quit|vacate|take|enter|retake|capture|seize)\w*)"
        # an agreement to do it: "the army has agreed to withdraw from X under the deal"
        r"|agree(?:s|d|ing)? to|consent\w* to|commit(?:s|ted|ting)? to|accept\w* to"
    ),
    claim=r"claim(?:s|ed)? to (?:now )?control|(?:say|says|said) (?:they|it) (?:now )?control(?:s|led)?|claim\w*|boast\w*",
    denial=(
        r"den(?:y|ied|ies|ial)|disput(?:e|es|ed) (?:it|this|that|the|reports?|claims?)|contest(?:s|ed) (?:it|this|that|the)|dismiss\w*|rebuff\w*|reject\w*|refut\w*|false|untrue|fake|(?:should|if) (?:this|that) (?:happens?|proves? true|be true|is true)(?! again)|(?:as|outright|blatant|pure|total) lies|an? (?:outright |blatant )?lie|disinformation|misinformation|fabricat\w*|baseless|groundless|unfounded|bogus"
        r"|remain\w* (?:under|in) (?:\w+ ){0,2}(?:control|hands)|still (?:under|in) (?:\w+ ){0,2}(?:control|hands)"
        r"|still held by|still (?:fighting|battling)|still held (?:the )?(?:city|town|@p\d+)|still (?:in|inside|hold\w*|control\w*|present in) (?:the )?(?:city|town|@p\d+)|not (?:yet )?(?:been )?(?:fallen|captured|taken)|repelled|repulsed|pushed back"
        r"|if confirmed|unconfirmed|fighting (?:is |was )?continu\w*|fighting goes on|still control\w* (?:a |some )?parts?|too early to (?:confirm|say|tell)|(?:not|unable to|could not|cannot) (?:be )?(?:independently )?(?:confirm|verif)\w*"
    ),
    # ("the port of X" is its port; "the southwestern port of X", "the Georgian port of X", "the
    # neighbouring port of X" the town)
    not_city=(
        r"camps?|headquarters?|hq|buildings?|contact|touch|communications?|(?:the )?idea|hopes?|sight|track|prison\w*|jail\w*|airports?|air ?base|airfield|bases?|barracks"
        r"|compound\w*|offices?|palace\w*|checkpoints?|posts?|positions?|districts?|neighbou?rhoods?"
        r"|suburbs?|outskirts|village(?! of @p\d)|villages|quarters?|parts?|much|most|half|some|areas?|sections?|portions?"
        r"|roads?|highway\w*|bridges?|strongman|governors?|mayors?|commanders?|leaders?|officials?|chief"
        r"|police|residents?|people|civilians?|soldiers?|troops|fighters|weapons?|arms|vehicles?|drones?"
        r"|equipment|tanks?|depots?|stations?|facilit\w*|province|provinces|provincial council|region\w*"
        r"|oblast|governorate|state|valley|border(?! (?:town|city))|crossing\w*|dam|(?<=the )port of|(?<=its )port of|(?<! )port of|refinery|field|hospital\w*|hill\w*"
        r"|heights|square|center|centre|downtown|city hall|university|mine|mines|stronghold\w* near"
        r"|warlord|president|minister|spokes\w*|general|colonel|member\w*|journalist\w*|hostages?"
        r"|airstrips?|aerodromes?|administrators?|police stations?|courthouse|town hall|emirs?"
    ),
    past=(
        r"ago|last year|years ago|last month|earlier this year|previously|earlier in the war|early in the war|back then"
        r"|at the time"
        r"|(?:early|first|opening) (?:days|weeks|months|stages?) of the (?:war|invasion|conflict)"
        r"|back in(?= (?:\d|the (?:day|\d|early|first|spring|summer|autumn|winter)|early|late|mid|january|february|march|april|may|june|july|august"
        r"|september|october|november|december|spring|summer|autumn|fall|winter))"
        r"|at the start of the war|anniversary|(?:during|in) the (?:first|previous|earlier|former|last) war|last (?:january|february|march|april|may|june|july|august"
        r"|september|october|november|december|spring|summer|autumn|fall|winter)"
    ),
    say=r"said|says|say|tweeted|announced|stated|declared|reported|told",
    enter=r"return(?:ed|s|ing)? to(?= (?:the (?:city|town) of )?@p\d+)|(?=deploy)(?<!was )(?<!were )(?<!been )(?<!being )(?<!be )(?<!is )(?<!are )deploy(?:s|ed|ing)? (?:\S+ ){0,2}?(?:in|into|to)|(?<!an )entry of (?:\S+ ){0,3}?into|(?:made|make|makes|making) (?:its |their |his )?(?:\S+ )?entry into|enter|entered|entering|enters|rolled into|marched into|moved into|swept into|paraded (?:through|into|in)"
    # moving in with no object: where, a city fronted before says ("At X, … troops moved in yesterday")
    r"|(?:moved|marched|rolled|swept|poured) in(?= (?:on|yesterday|today|overnight|after|early|late|shortly|unopposed|without)\b| [,.;]|$)"
    r"|(?:pushed|pushes|poured|pours|advanced|stormed|streamed|drove) into|occupy|occupies|(?:is|are) occupied(?= by)",
    insurgents=(
        r"rebels?|insurgents?|militants?|jihadists?|islamists?|separatists?|extremists?|fighters"
        r"|rebel (?:forces|fighters|groups?|coalition|alliance)|armed groups?|(?:jihadist|islamist|militant|insurgent) groups?|opposition forces|gunmen|militiamen|paramilitar(?:y|ies)(?: forces)?"
        r"|guerrillas?|guerrilla (?:fighters|forces)|insurrectionists|mutineers|mutinous (?:soldiers|troops)|revolutionaries|putschists|coup plotters"
    ),
    after=r"after|since|following|having",
    pronouns=r"they|it|he|she|we|who|which",
    handover=r"(?:leaving|left|leave|leaves)(?= (?:\S+ ){0,4}?to (?:the )?@a)|hand(?:ed|s|ing)? over|hand(?:ed|s|ing)?(?= (?:the (?:city|town) of )?@p\d+ (?:back )?over)|(?<!to )hand(?:ed|s|ing)?(?= (?:the (?:city|town) of )?(?:@p\d+|the (?:city|town)) (?:back )?to (?:the )?@a)|(?<!to )hand(?:ed|s)(?= (?:the (?:city|town) of )?@p\d+ (?:back )?to)|handover of|surrender(?:ed|s|ing)?|capitulat(?:ed|es|ing)|ced(?:e|ed|es|ing)|gave up|give up|yield(?:ed)?",
    flag=r"(?:raised|hoisted|raise|hoist|planted|plant) (?:the |their |its |a )?(?:\S+ ){0,2}?flags?"
    r"|(?:welcomed|greeted|hailed|cheered) (?:\S+ ){0,2}?as (?:heroes|liberators)"
    r"|flags? (?:of (?:the )?@a\d+ )?(?:now |again )?(?:flies|is flying|fly|are flying) (?:again )?(?:over|above)|flags? (?:was |were |is |are |has been |have been )?(?:raised|hoisted|planted|flies|flying|flew) (?:over|in|above|on)"
    # (not a flag that flew for years: "Army flags flew over X for decades")
    r"(?! (?:\S+ ){1,3}?for (?:decades|years|months|weeks|generations|centuries|\S+ (?:years|months|decades)))",
    expel=r"(?:drove|driven|drive|drives|driving|pushed|forced|kicked|chased|flushed) (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?out of"
    # men of the other side not named by it: "driving police out of X", "drove the last soldiers out of X"
    r"|(?:drove|drive|drives|driving|pushed|kicked|chased|flushed) (?:the )?(?:last |remaining )?"
    r"(?:police|policemen|soldiers|troops|militiamen|militants|fighters|gunmen|rebels|insurgents|jihadists|garrison)"
    r" out of|(?:expell\w*|ousted|oust|ousting|cleared|routed|evicted|chased|chases|chase|drove|driven|driving"
    r"|pushed|forced) (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?from",
    months=(
        # Agency style shortens the long months before a day: "Aug. 31", "Sept. 28" (one token each).
        "january|jan\\.",
        "february|feb\\.",
        "march(?<!their march)(?<!its march)(?<!his march)(?<! a march)(?<!long march)",  # not "continued their march toward X"
        "april",
        "may(?= \\d)|(?<=in )may|(?<=since )may|(?<=early )may|(?<=late )may|(?<=mid )may",
        "june",
        "july",
        "august|aug\\.",
        "september|sept?\\.",
        "october|oct\\.",
        "november|nov\\.",
        "december|dec\\.",
    ),
)
