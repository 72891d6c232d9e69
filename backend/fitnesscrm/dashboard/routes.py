from flask_smorest import Blueprint

blp = Blueprint("dashboard", __name__, url_prefix="/api/dashboard")
