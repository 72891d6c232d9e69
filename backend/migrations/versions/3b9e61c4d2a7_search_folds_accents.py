"""Search folds accents: search_fold() and the clients' and trainers' search columns rebuilt with it

"nunez", "pena" and "chloe" find Ñúñez, Peña and Chloé. The embedded PostgreSQL has no unaccent
(a contrib extension), so search_fold() is plain SQL: combining marks dropped, then a fixed map of
Latin letters (fitnesscrm.core.search.FOLD, frozen here) to ASCII; IMMUTABLE, so generated columns
may use it. The search columns are generated, so they are dropped and added again with the new
expression (a table rewrite), and their GIN indexes with them.

Revision ID: 3b9e61c4d2a7
Revises: 5c2ed021e891
Create Date: 2026-12-01 15:20:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '3b9e61c4d2a7'
down_revision = '5c2ed021e891'
branch_labels = None
depends_on = None

# Each letter of FOLD_FROM becomes the letter at the same place in FOLD_TO; FOLD_WORDS are the letters
# that fold to two (translate() maps one to one).
FOLD_FROM = (
    "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂ"
    "ăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀ"
    "ŁłŃńŅņŇňŊŋŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ"
    "ƀƁƇƈƊƋƌƑƒƓƗƘƙƚƝƞƠơƤƥƬƭƮƯưƲƳƴƵƶǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǤǥǦǧǨǩǪǫǬǭ"
    "ǰǴǵǸǹǺǻǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȡȤȥȦȧȨȩȪȫȬȭȮȯȰȱȲȳȴȵȶȷ"
    "ȺȻȼȽȾɃɆɇɈɉɌɍɎɏḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭ"
    "ḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩ"
    "ṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẛẠạẢảẤấẦầẨẩẪ"
    "ẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦ"
    "ủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"
)
FOLD_TO = (
    "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaA"
    "aAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkkLlLlLlLl"
    "LlNnNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
    "bBCcDDdFfGIKklNnOoPpTtTUuVYyZzAaIiOoUuUuUuUuUuAaAaGgGgKkOoOo"
    "jGgNnAaOoAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhdZzAaEeOoOoOoOoYylntj"
    "ACcLTBEeJjRrYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIi"
    "IiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSs"
    "TtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwysAaAaAaAaAaA"
    "aAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuU"
    "uUuUuUuUuUuYyYyYyYy"
)
FOLD_WORDS = (
    ("Æ", "AE"), ("Þ", "TH"), ("ß", "ss"), ("æ", "ae"), ("þ", "th"), ("Ĳ", "IJ"), ("ĳ", "ij"), ("Œ", "OE"), ("œ", "oe"),
    ("Ǆ", "DZ"), ("ǅ", "Dz"), ("ǆ", "dz"), ("Ǉ", "LJ"), ("ǈ", "Lj"), ("ǉ", "lj"), ("Ǌ", "NJ"), ("ǋ", "Nj"), ("ǌ", "nj"),
    ("Ǣ", "AE"), ("ǣ", "ae"), ("Ǳ", "DZ"), ("ǲ", "Dz"), ("ǳ", "dz"), ("Ǽ", "AE"), ("ǽ", "ae"), ("ẞ", "SS"),
)


def _fold_sql() -> str:
    sql = f"translate(regexp_replace($1, '[\u0300-\u036f]', '', 'g'), '{FOLD_FROM}', '{FOLD_TO}')"
    for letter, folded in FOLD_WORDS:
        sql = f"replace({sql}, '{letter}', '{folded}')"
    return sql


_DIGITS = "regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')"
_PHONE = f"{_DIGITS} || ' ' || right({_DIGITS}, 10) || ' ' || right({_DIGITS}, 7) || ' ' || right({_DIGITS}, 4)"
_NAMES = "coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || "
_EMAIL_PARTS = "translate(coalesce(email, ''), '@.-_+', '     ') || ' ' || "
OLD_SEARCH = f"to_tsvector('simple'::regconfig, {_NAMES}coalesce(email, '') || ' ' || {_EMAIL_PARTS}{_PHONE})"
# The whole address is no longer a word of its own: queries are split at punctuation, so only its
# parts are ever looked up, and a hundred thousand one-off words made every prefix costlier to find.
NEW_SEARCH = f"to_tsvector('simple'::regconfig, search_fold({_NAMES}{_EMAIL_PARTS}{_PHONE}))"


def _search_column(expression: str, table: str) -> None:
    op.drop_column(table, 'search')
    op.add_column(table, sa.Column('search', postgresql.TSVECTOR(), sa.Computed(expression, persisted=True), nullable=False))
    op.create_index(f'ix_{table}_search', table, ['search'], unique=False, postgresql_using='gin')


def upgrade():
    op.execute(
        "CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"AS $$ SELECT {_fold_sql()} $$"
    )
    for table in ('clients', 'trainers'):
        _search_column(NEW_SEARCH, table)


def downgrade():
    for table in ('clients', 'trainers'):
        _search_column(OLD_SEARCH, table)
    op.execute('DROP FUNCTION search_fold(text)')
