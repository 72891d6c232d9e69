from flask_smorest import Blueprint

blp = Blueprint("activity", __name__, url_prefix="/api/activity")
