"""gunicorn settings. The access log never records the client's address."""

workers = 2
threads = 4
accesslog = "-"
# No %(h)s (remote address) and no user agent: respondents stay anonymous.
access_log_format = '"%(r)s" %(s)s %(b)s %(M)sms'
forwarded_allow_ips = "127.0.0.1"
