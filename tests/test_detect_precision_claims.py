"""Hard negatives about what is said of a capture (issue 10): claims denied in words other than
'deny' ('rejected', 'called the report false', 'widersprach', 'desmintió'), intent and
possibility ('anticipating taking full control', 'sur le point de', 'kurz vor', 'muito próximo de
conquistar'); each family with positives beside it.

Sentences of our own about conflicts outside the evaluation set, in six languages.
"""

# ruff: noqa: E501 -- one case a line reads better

from __future__ import annotations

import pytest

from tests.precision_kit import (
    BH,
    KNU,
    MNDAA,
    NAT,
    SHB,
    TPLF,
    held,
)

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- denials
    ("en", "The Nigerian army rejected claims that Boko Haram had overrun Damasak.", set()),
    ("en", "Officials in Addis Ababa called the report that Tigrayan forces had taken Dessie false.", set()),
    ("en", "The defence ministry dismissed as fabricated reports that Serb forces had seized Bihać.", set()),
    ("en", "Baku refuted Armenian reports that Azerbaijani troops had entered Lachin.", set()),
    ("en", "Somali officials said reports of Baidoa's fall to al-Shabaab were untrue.", set()),
    ("en", "Mozambique's army insisted Palma had not fallen, contradicting rebel claims.", set()),
    ("en", "The junta denounced as lies the MNDAA's claim to have captured Lashio.", set()),
    ("fr", "Le gouvernement éthiopien a qualifié de mensongères les informations sur la prise de Dessie.", set()),
    ("fr", "Addis-Abeba a rejeté les affirmations du TPLF selon lesquelles Dessie serait tombée.", set()),
    ("fr", "L'armée nigériane a contesté que Damasak soit tombée aux mains de Boko Haram.", set()),
    ("fr", "La junte a démenti les informations faisant état de la chute de Lashio.", set()),
    ("es", "El gobierno etíope desmintió que Dessie hubiera caído en manos del TPLF.", set()),
    ("es", "El ejército nigeriano negó que Boko Haram controlara Damasak.", set()),
    ("es", "La junta calificó de falsa la noticia de la toma de Lashio por el MNDAA.", set()),
    ("es", "Bakú rechazó las informaciones sobre la caída de Shusha.", set()),
    ("de", "Die äthiopische Regierung widersprach Berichten, wonach Dessie gefallen sei.", set()),
    ("de", "Addis Abeba wies die Darstellung der TPLF zurück, sie habe Dessie eingenommen.", set()),
    ("de", "Die Junta bestritt, dass die MNDAA Lashio erobert habe.", set()),
    ("de", "Das Militär dementierte Berichte über den Fall von Lashio.", set()),
    ("pt", "O governo moçambicano desmentiu que Palma tivesse caído nas mãos dos insurgentes.", set()),
    ("pt", "O exército nigeriano rejeitou as alegações de que o Boko Haram tomou Damasak.", set()),
    ("pt", "A junta classificou como falsas as notícias sobre a queda de Lashio.", set()),
    ("it", "Il governo etiope ha smentito la caduta di Dessie.", set()),
    ("it", "Addis Abeba ha definito false le notizie sulla presa di Dessie da parte del TPLF.", set()),
    ("it", "L'esercito nigeriano ha respinto le affermazioni secondo cui Boko Haram avrebbe conquistato Damasak.", set()),
    ("en", "Addis Ababa called the TPLF's claim to have taken Dessie a lie.", set()),
    ("es", "El gobierno etíope calificó de bulo la toma de Dessie por el TPLF.", set()),
    ("it", "L'esercito ha definito una menzogna la notizia della caduta di Dessie.", set()),
    ("de", "Die Regierung nannte Berichte über die Einnahme von Dessie eine Lüge.", set()),
    ("pt", "O governo classificou de mentira a notícia da queda de Lashio.", set()),
    ("fr", "La junte a qualifié d'intox l'annonce de la prise de Lashio par le MNDAA.", set()),
    # a change announced, then denied by the other side in the next sentence
    ("en", "The MNDAA offensive is in its third week. Kokang commanders announced the capture of Lashio. The junta dismissed the announcement.", set()),
    ("fr", "L'offensive du TPLF se poursuit. Le Front de libération du Tigré a annoncé la prise de Dessie. Le gouvernement a démenti, assurant que l'armée tenait toujours la ville.", set()),
    ("es", "La ofensiva del MNDAA continúa. Los comandantes kokang anunciaron la toma de Lashio. La junta lo desmintió.", set()),
    ("de", "Die Offensive der MNDAA geht weiter. Kokang-Kommandeure verkündeten die Einnahme von Lashio. Die Junta dementierte.", set()),
    ("pt", "A ofensiva do TPLF continua. A Frente de Libertação do Tigré anunciou a tomada de Dessie. O governo desmentiu.", set()),
    ("it", "L'offensiva del TPLF continua. Il Fronte di liberazione del Tigray ha annunciato la presa di Dessie. Il governo ha smentito.", set()),
    # a claim, then a denial by the other side in a word or a clause ("Addis Abeba a démenti")
    ("en", "The TPLF said it had captured Dessie. Addis Ababa rejected the claim.", set()),
    ("en", "The TPLF said it had captured Dessie. Ethiopia rejected.", set()),
    ("en", "Tigrayan forces said they had taken Dessie. The government said the report was false.", set()),
    ("en", "The MNDAA said it had taken Lashio, a claim the military denied.", set()),
    ("fr", "Le TPLF a affirmé avoir pris Dessie. Addis-Abeba a démenti.", set()),
    ("fr", "Le TPLF a affirmé avoir pris Dessie, ce que le gouvernement conteste.", set()),
    ("es", "El TPLF afirmó haber tomado Dessie. Adís Abeba lo desmintió.", set()),
    ("es", "El TPLF afirmó haber tomado Dessie, algo que el gobierno niega.", set()),
    ("de", "Die TPLF erklärte, Dessie eingenommen zu haben. Äthiopien widersprach.", set()),
    ("de", "Die TPLF erklärte, Dessie eingenommen zu haben. Die Regierung wies das zurück.", set()),
    ("pt", "O TPLF afirmou ter tomado Dessie. Adis Abeba desmentiu.", set()),
    ("pt", "O TPLF afirmou ter tomado Dessie, o que o governo nega.", set()),
    ("it", "Il TPLF ha affermato di aver preso Dessie. Addis Abeba ha smentito.", set()),
    ("it", "Il TPLF ha affermato di aver preso Dessie, cosa che il governo nega.", set()),
    ("en", "The TPLF said it had captured Dessie. The government confirmed the loss of the town.", {("Dessie", TPLF)}),
    ("en", "The TPLF captured Dessie on Saturday. The government denied reports of mass killings.", {("Dessie", TPLF)}),
    # a change announced, then supposed in the next sentence ("Should that prove true", "Sollte dies zutreffen")
    ("en", "The MNDAA offensive is in its third week. Kokang commanders announced the capture of Lashio. Should that prove true, the junta would lose the north.", set()),
    ("de", "Die Offensive der MNDAA geht weiter. Die Kokang-Führung hatte die Einnahme von Lashio verkündet. Sollte dies zutreffen, verlöre die Junta den Norden.", set()),
    ("fr", "L'offensive du TPLF se poursuit. Le Front de libération du Tigré a annoncé la prise de Dessie. Si cela s'avérait exact, le gouvernement perdrait le nord.", set()),
    ("es", "La ofensiva del TPLF continúa. El Frente de Liberación de Tigray anunció la toma de Dessie. Si esto sucede, el gobierno perdería el norte.", set()),
    ("pt", "A ofensiva do TPLF continua. A Frente de Libertação do Tigré anunciou a tomada de Dessie. Se isso acontecer, o governo perde o norte.", set()),
    ("it", "L'offensiva del TPLF continua. Il Fronte di liberazione del Tigray ha annunciato la presa di Dessie. Se ciò accadesse, il governo perderebbe il nord.", set()),
    ("en", "The MNDAA offensive is in its third week. Kokang commanders announced the capture of Lashio. If that happens again elsewhere, the junta will collapse.", {("Lashio", MNDAA)}),
    # claims reported, and not denied
    ("en", "The MNDAA said it had captured Lashio after a two-week assault.", {("Lashio", MNDAA)}),
    ("fr", "Le TPLF affirme avoir pris Dessie samedi.", {("Dessie", TPLF)}),
    ("es", "Boko Haram tomó Damasak el viernes, según fuentes locales.", {("Damasak", BH)}),
    ("de", "Die MNDAA hat nach eigenen Angaben Lashio erobert.", {("Lashio", MNDAA)}),
    ("pt", "O Boko Haram tomou Damasak na sexta-feira, disseram moradores.", {("Damasak", BH)}),
    ("it", "Il TPLF ha conquistato Dessie sabato, secondo fonti locali.", {("Dessie", TPLF)}),
    ("en", "The MNDAA offensive is in its third week. Kokang commanders announced the capture of Lashio on Sunday. Thousands of residents fled towards the border.", {("Lashio", MNDAA)}),
    ("fr", "L'offensive du TPLF se poursuit. Le Front de libération du Tigré a annoncé la prise de Dessie. Des habitants ont confirmé la chute de la ville.", {("Dessie", TPLF)}),
    # --- intent, possibility, imminence
    ("en", "The Kokang army is anticipating taking full control of Lashio within days.", set()),
    ("en", "Tigrayan forces were on the verge of capturing Dessie, diplomats said.", set()),
    ("en", "Al-Shabaab fighters are poised to seize Baidoa.", set()),
    ("en", "The LNA vowed to take Zintan before the end of the year.", set()),
    ("en", "Franco's troops were closing in on Bilbao and expected to enter the city within a week.", set()),
    ("en", "Karen rebels could take Myawaddy at any moment, analysts warned.", set()),
    ("en", "The Arakan Army is close to capturing Sittwe.", set()),
    ("en", "Azerbaijan is preparing to retake Lachin.", set()),
    ("fr", "Les shebab sont sur le point de s'emparer de Baidoa.", set()),
    ("fr", "Les forces tigréennes seraient à deux doigts de prendre Dessie.", set()),
    ("fr", "Le MNDAA espère contrôler totalement Lashio d'ici la fin de la semaine.", set()),
    ("fr", "L'Armée d'Arakan s'apprête à prendre Sittwe.", set()),
    ("es", "Las milicias están a punto de tomar Baidoa.", set()),
    ("es", "Los nacionales se disponen a entrar en Bilbao.", set()),
    ("es", "El MNDAA prevé hacerse con el control total de Lashio en pocos días.", set()),
    ("es", "Los rebeldes karen están cerca de conquistar Myawaddy.", set()),
    ("de", "Die Tigray-Kämpfer stehen kurz vor der Einnahme von Dessie.", set()),
    ("de", "Die Rebellen sind kurz davor, Lashio vollständig einzunehmen.", set()),
    ("de", "Die Schabaab bereiten sich darauf vor, Baidoa zu erobern.", set()),
    ("de", "Die Arakan-Armee könnte Sittwe schon bald einnehmen.", set()),
    ("pt", "Os insurgentes estão muito próximos de conquistar Palma.", set()),
    ("pt", "O MNDAA prepara-se para assumir o controlo total de Lashio.", set()),
    ("pt", "Os rebeldes estão prestes a tomar Myawaddy.", set()),
    ("it", "Le forze tigrine sono sul punto di conquistare Dessie.", set()),
    ("it", "Gli shabaab si preparano a prendere Baidoa.", set()),
    ("it", "I ribelli karen potrebbero conquistare Myawaddy entro pochi giorni.", set()),
    ("en", "The Karen rebels are within striking distance of taking Myawaddy.", set()),
    ("fr", "Les rebelles karens sont en passe de prendre Myawaddy.", set()),
    ("es", "Los rebeldes karen están en vías de tomar Myawaddy.", set()),
    ("de", "Die Rebellen sind im Begriff, Myawaddy einzunehmen.", set()),
    ("pt", "Os rebeldes estão em vias de tomar Myawaddy.", set()),
    ("it", "I ribelli sono in procinto di conquistare Myawaddy.", set()),
    # expecting it ("geht von einer Eroberung … aus", "rechnet mit", "s'attend à", "si aspetta")
    ("de", "Der Chef der MNDAA geht von einer Eroberung von Lashio noch vor dem Winter aus.", set()),
    ("de", "Die MNDAA rechnet mit der Einnahme von Lashio bis Monatsende.", set()),
    ("fr", "La MNDAA s'attend à la prise de Lashio d'ici la fin du mois.", set()),
    ("it", "L'MNDAA si aspetta la conquista di Lashio entro fine mese.", set()),
    ("de", "Die MNDAA hat Lashio eingenommen, nachdem die Junta mit einem Angriff gerechnet hatte.", {("Lashio", MNDAA)}),
    # the change itself
    ("en", "The Kokang army took full control of Lashio on Saturday.", {("Lashio", MNDAA)}),
    ("en", "Baidoa, which lies on the road to Mogadishu, fell to al-Shabaab on Sunday.", {("Baidoa", SHB)}),
    ("fr", "Les shebab se sont emparés de Baidoa après le retrait de l'armée.", {("Baidoa", SHB)}),
    ("es", "Las tropas franquistas entraron en Bilbao y tomaron la ciudad sin resistencia.", {("Bilbao", NAT)}),
    ("de", "Die Tigray-Kämpfer haben Dessie eingenommen.", {("Dessie", TPLF)}),
    ("pt", "Os rebeldes do KNU tomaram Myawaddy na quinta-feira.", {("Myawaddy", KNU)}),
    ("it", "Le forze tigrine hanno conquistato Dessie sabato.", {("Dessie", TPLF)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_claims(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert held(text) == expected
