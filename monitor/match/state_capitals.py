"""The capitals of states and provinces that the Brazilian, Mexican and Argentine press name by the
state's adjective alone: "a capital pernambucana" is Recife, "la capital jalisciense" Guadalajara.

Folded adjective (feminine, as it follows "capital") -> (country code, the capital's folded name).
An adjective two countries share reads in each ("potosina": Potosí in Bolivia, San Luis Potosí in
Mexico); only a watched place of that name and country is meant.
"""

from __future__ import annotations

_BR = {
    "acriana": "rio branco", "alagoana": "maceio", "amapaense": "macapa", "amazonense": "manaus",
    "baiana": "salvador", "cearense": "fortaleza", "capixaba": "vitoria", "goiana": "goiania",
    "maranhense": "sao luis", "mato grossense": "cuiaba", "sul mato grossense": "campo grande",
    "mineira": "belo horizonte", "paraense": "belem", "paraibana": "joao pessoa", "paranaense": "curitiba",
    "pernambucana": "recife", "piauiense": "teresina", "potiguar": "natal", "gaucha": "porto alegre",
    "rondoniense": "porto velho", "roraimense": "boa vista", "catarinense": "florianopolis",
    "paulista": "sao paulo", "sergipana": "aracaju", "tocantinense": "palmas",
}
_MX = {
    "jalisciense": "guadalajara", "neoleonesa": "monterrey", "poblana": "puebla", "yucateca": "merida",
    "veracruzana": "xalapa", "oaxaquena": "oaxaca", "chihuahuense": "chihuahua", "sonorense": "hermosillo",
    "michoacana": "morelia", "zacatecana": "zacatecas", "duranguense": "durango",
    "potosina": "san luis potosi", "sinaloense": "culiacan", "coahuilense": "saltillo",
    "guanajuatense": "guanajuato", "queretana": "queretaro",
    "tamaulipeca": "ciudad victoria", "chiapaneca": "tuxtla gutierrez", "guerrerense": "chilpancingo",
    "tabasquena": "villahermosa", "hidalguense": "pachuca", "morelense": "cuernavaca",
}
_AR = {
    "tucumana": "san miguel de tucuman", "cordobesa": "cordoba", "santafesina": "santa fe",
    "mendocina": "mendoza", "saltena": "salta", "correntina": "corrientes", "entrerriana": "parana",
    "jujena": "san salvador de jujuy", "sanjuanina": "san juan", "santiaguena": "santiago del estero",
    "chaquena": "resistencia", "misionera": "posadas", "riojana": "la rioja", "catamarquena": "catamarca",
    "puntana": "san luis", "pampeana": "santa rosa", "neuquina": "neuquen", "rionegrina": "viedma",
    "chubutense": "rawson", "fuerina": "ushuaia", "formosena": "formosa",
}
_BO = {
    "potosina": "potosi", "cochabambina": "cochabamba", "crucena": "santa cruz de la sierra",
    "orurena": "oruro", "pacena": "la paz", "tarijena": "tarija", "chuquisaquena": "sucre",
    "beniana": "trinidad",
}

STATE_CAPITALS: dict[str, list[tuple[str, str]]] = {}
for _code, _table in (("BR", _BR), ("MX", _MX), ("AR", _AR), ("BO", _BO)):
    for _adjective, _capital in _table.items():
        STATE_CAPITALS.setdefault(_adjective, []).append((_code, _capital))
