from flask_smorest import Blueprint

blp = Blueprint("assignments", __name__, url_prefix="/api/assignments")
