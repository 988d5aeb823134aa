from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import InputRequired, Length

FIELDS = ("email", "password")


class SignInForm(FlaskForm):
    email = EmailField(
        _l("Email address"),
        validators=[InputRequired(_l("Enter your email address")), Length(max=254)],
    )
    password = PasswordField(
        _l("Password"), validators=[InputRequired(_l("Enter your password")), Length(max=1000)]
    )

    def error_list(self) -> list[dict[str, str]]:
        return [{"text": str(self[f].errors[0]), "href": f"#{f}"} for f in FIELDS if self[f].errors]
